package org.handbook.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.handbook.importer.ImportException;
import org.handbook.importer.OccupationElement;
import org.handbook.importer.OohXmlReader;
import org.handbook.importer.ProfileRef;
import org.handbook.importer.XmlNode;
import org.jsoup.Jsoup;
import org.springframework.core.io.ClassPathResource;

/**
 * The profiles of the shipped 2024-34 Handbook, read straight from the XML the site ships (not from
 * what the importer maps of it), so tests can compare the site against BLS's own text. Read once.
 */
public final class BundledHandbook {

    public static final String RESOURCE = "editions/ooh-2024-34.xml.gz";
    /** How many profiles BLS's 2024-34 compilation holds. */
    public static final int PROFILES = 342;

    private static List<Profile> profiles;

    private BundledHandbook() {
    }

    /** One {@code <occupation>} of the file, at the address its citation gives. */
    public record Profile(String title, String group, String slug, XmlNode node) {

        /** The profile's address on this site, Summary tab. */
        public String path() {
            return "/" + group + "/" + slug + "/";
        }

        /** BLS's address of the profile, as old links give it. */
        public String blsPath() {
            return "/ooh/" + group + "/" + slug + ".htm";
        }

        public Optional<String> html(String element) {
            return node.child(element).map(XmlNode::text);
        }

        @Override
        public String toString() {
            return title;
        }
    }

    public static synchronized List<Profile> profiles() {
        if (profiles == null) {
            profiles = read();
        }
        return profiles;
    }

    public static Profile byTitle(String title) {
        return profiles().stream().filter(profile -> profile.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No profile titled " + title + " in " + RESOURCE));
    }

    private static List<Profile> read() {
        List<Profile> read = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()));
                OohXmlReader reader = OohXmlReader.open(in)) {
            for (OccupationElement occupation = reader.next(); occupation != null; occupation = reader.next()) {
                XmlNode node = occupation.node();
                String title = node.textAt("title").orElseThrow();
                // Every profile of this edition cites its own address; the test would be wrong without it.
                ProfileRef ref = node.child("citation")
                        .flatMap(citation -> Jsoup.parseBodyFragment(citation.text()).select("a[href]").stream()
                                .map(link -> ProfileRef.fromHref(link.attr("href"))).flatMap(Optional::stream).findFirst())
                        .orElseThrow(() -> new IllegalStateException(title + " cites no address of its own"));
                read.add(new Profile(title, ref.group(), ref.slug(), node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
        if (read.size() != PROFILES) {
            throw new IllegalStateException(RESOURCE + " holds " + read.size() + " profiles, expected " + PROFILES);
        }
        return List.copyOf(read);
    }
}

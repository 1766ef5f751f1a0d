package org.handbook.catalog;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.handbook.occupation.Tab;
import org.handbook.system.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} with every page and every tab of every profile, and {@code /robots.txt}. */
@Controller
class SitemapController {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final CatalogService catalog;
    private final SiteAddress site;

    SitemapController(CatalogService catalog, SiteAddress site) {
        this.catalog = catalog;
        this.site = site;
    }

    record Url(String path, LocalDate lastModified) {
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (Url url : urls()) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(site.absolute(url.path()));
            xml.writeEndElement();
            if (url.lastModified() != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(url.lastModified().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(text.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .body("User-agent: *\nAllow: /\n\nSitemap: " + site.absolute("/sitemap.xml") + "\n");
    }

    /** The pages to list: the catalog's and its lists, every group, every profile and each tab of a loaded one. */
    private List<Url> urls() {
        LocalDate latest = catalog.lastModified();
        List<Url> urls = new ArrayList<>();
        for (String path : List.of("/", "/occupations", "/occupation-finder", "/glossary", "/lists")) {
            urls.add(new Url(path, latest));
        }
        for (OccupationList list : OccupationList.values()) {
            urls.add(new Url(list.path(), latest));
        }
        for (GroupSummary group : catalog.groups()) {
            urls.add(new Url(group.path(), group.occupations().stream().map(CatalogEntry::lastModifiedDate)
                    .filter(d -> d != null).max(LocalDate::compareTo).orElse(latest)));
        }
        for (CatalogEntry entry : catalog.all()) {
            LocalDate modified = entry.lastModifiedDate() != null ? entry.lastModifiedDate() : latest;
            urls.add(new Url(entry.path(), modified));
            if (entry.profileLoaded()) {
                Tab.all().stream().filter(tab -> tab != Tab.SUMMARY)
                        .forEach(tab -> urls.add(new Url(entry.path() + tab.path(), modified)));
            }
        }
        return urls;
    }
}

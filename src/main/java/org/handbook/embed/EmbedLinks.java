package org.handbook.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.Tab;
import org.handbook.system.SiteAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The addresses and the HTML snippet of embeds, built from the site's address, for the
 * share panel ({@code @embedLinks} in templates), the oEmbed endpoint and the API alike.
 */
@Component("embedLinks")
public class EmbedLinks {

    /** Size of an embed when the portal asks for none; without /embed.js the frame scrolls. */
    public static final int DEFAULT_WIDTH = 600;
    public static final int DEFAULT_HEIGHT = 800;

    /** The name of the Summary tab in embed addresses, where its page path is empty. */
    static final String SUMMARY = "summary";

    private final SiteAddress site;

    public EmbedLinks(SiteAddress site) {
        this.site = site;
    }

    /** A tab's name in embed addresses and the {@code tabs=} parameter: its path, or "summary". */
    public String tabName(Tab tab) {
        return nameOf(tab);
    }

    static Optional<Tab> tabNamed(String name) {
        return Arrays.stream(Tab.values()).filter(tab -> nameOf(tab).equals(name)).findFirst();
    }

    private static String nameOf(Tab tab) {
        return tab == Tab.SUMMARY ? SUMMARY : tab.path();
    }

    /** The whole profile with its tabs, e.g. https://example.org/embed/some-occupation. */
    public String profileEmbedUrl(String slug) {
        return site.absolute("/embed/" + slug);
    }

    /** One tab alone, e.g. https://example.org/embed/some-occupation/pay. */
    public String tabEmbedUrl(String slug, Tab tab) {
        return site.absolute("/embed/" + slug + "/" + nameOf(tab));
    }

    /** What a tab page offers to embed: the whole profile from its Summary, the tab alone from any other. */
    public String shareEmbedUrl(ProfileView profile, Tab tab) {
        return tab == Tab.SUMMARY ? profileEmbedUrl(profile.slug()) : tabEmbedUrl(profile.slug(), tab);
    }

    /** The accessible name of the frame, which a screen reader announces on entering it. */
    public String frameTitle(ProfileView profile, Tab tab) {
        return tab.titled(profile.title()) + " (Occupational Outlook Handbook)";
    }

    public String scriptUrl() {
        return site.absolute("/embed.js");
    }

    /** The code a portal pastes: the frame and the script that sizes it to its content. */
    public String snippet(String embedUrl, String title, int width, int height) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(embedUrl) + "\" title=\"" + HtmlUtils.htmlEscape(title)
                + "\" width=\"" + width + "\" height=\"" + height + "\" loading=\"lazy\"></iframe>\n"
                + "<script src=\"" + HtmlUtils.htmlEscape(scriptUrl()) + "\" defer></script>";
    }

    /** The snippet a tab page's share panel shows, at the default size. */
    public String snippet(ProfileView profile, Tab tab) {
        return snippet(shareEmbedUrl(profile, tab), frameTitle(profile, tab), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The oEmbed discovery address of a page of ours. */
    public String oembedUrl(String pageUrl) {
        return site.absolute("/oembed?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8) + "&format=json");
    }
}

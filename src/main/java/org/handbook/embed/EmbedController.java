package org.handbook.embed;

import java.util.List;
import java.util.Map;
import org.handbook.catalog.CatalogEntry;
import org.handbook.catalog.CatalogService;
import org.handbook.glossary.GlossaryService;
import org.handbook.occupation.OccupationNotFoundException;
import org.handbook.occupation.ProfileService;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.Tab;
import org.handbook.system.PageMeta;
import org.handbook.system.SiteAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Profiles without the site's header and footer, for portals' iframes. A whole-profile embed keeps
 * its tab links in the frame; a one-tab embed sends every link to the full site in a new tab.
 * An occupation known only by its summary embeds that summary; it has no tabs to embed.
 */
@Controller
class EmbedController {

    static final String TAB_VIEW = "embed/tab";
    static final String PARTIAL_VIEW = "embed/partial";
    static final String TABS_ERROR_VIEW = "embed/tabs-error";
    static final String DEMO_VIEW = "embed/demo";

    private final ProfileService profiles;
    private final CatalogService catalog;
    private final GlossaryService glossary;
    private final EmbedLinks links;
    private final SiteAddress site;

    EmbedController(ProfileService profiles, CatalogService catalog, GlossaryService glossary, EmbedLinks links,
                    SiteAddress site) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.glossary = glossary;
        this.links = links;
        this.site = site;
    }

    /** The whole profile, on its first offered tab. */
    @GetMapping("/embed/{slug}")
    String profile(@PathVariable String slug, @RequestParam(required = false) String tabs, Model model) {
        EmbeddedTabs offered = EmbeddedTabs.parse(tabs, links);
        ProfileView profile = profiles.profile(slug);
        if (!profile.profileLoaded()) {
            model.addAttribute("profile", profile);
            model.addAttribute("canonical", site.absolute(profile.path()));
            model.addAttribute("page", new PageMeta(profile.title(), profile.summaryDuties(), null, List.of()));
            return PARTIAL_VIEW;
        }
        return render(profile, offered.first(), offered, model);
    }

    /** One tab: alone, or within a whole-profile embed when {@code tabs=} comes with it. */
    @GetMapping("/embed/{slug}/{tabName}")
    String tab(@PathVariable String slug, @PathVariable String tabName,
               @RequestParam(required = false) String tabs, Model model) {
        EmbeddedTabs offered = tabs == null ? null : EmbeddedTabs.parse(tabs, links);
        ProfileView profile = profiles.profile(slug);
        Tab tab = EmbedLinks.tabNamed(tabName).orElseThrow(() -> new OccupationNotFoundException(slug));
        if (!profile.profileLoaded()) {
            throw new OccupationNotFoundException(slug);
        }
        if (offered != null && !offered.offers(tab)) {
            throw new InvalidTabsException();
        }
        return render(profile, tab, offered, model);
    }

    /** A page for portal developers: the snippet and a live embed, in the site's own layout. */
    @GetMapping("/embed/demo")
    String demo(Model model) {
        ProfileView profile = catalog.all().stream().filter(CatalogEntry::profileLoaded).findFirst()
                .map(entry -> profiles.profile(entry.slug()))
                .orElseThrow(() -> new OccupationNotFoundException("demo"));
        model.addAttribute("profile", profile);
        model.addAttribute("profileSnippet", links.snippet(profile, Tab.SUMMARY));
        model.addAttribute("frameTitle", links.frameTitle(profile, Tab.SUMMARY));
        model.addAttribute("tabSnippet", links.snippet(profile, Tab.PAY));
        model.addAttribute("oembedUrl", links.oembedUrl(site.absolute(profile.tabPath(Tab.PAY))));
        model.addAttribute("page", new PageMeta("Embed a profile in your page",
                "How a career portal embeds a Handbook profile or one of its tabs: the code to paste, "
                        + "a live example, oEmbed and the JSON API.",
                "/embed/demo", List.of(PageMeta.Crumb.HOME, new PageMeta.Crumb("Embed a profile", null))));
        return DEMO_VIEW;
    }

    @ExceptionHandler(InvalidTabsException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidTabs(Model model) {
        model.addAttribute("names", Tab.all().stream().map(links::tabName).toList());
        model.addAttribute("page", new PageMeta("Error: Those tabs cannot be embedded",
                "The tabs parameter of this embed is not valid.", null, List.of()));
        return TABS_ERROR_VIEW;
    }

    private String render(ProfileView profile, Tab tab, EmbeddedTabs offered, Model model) {
        Map<String, GlossaryService.Definition> definitions = glossary.bySlug();
        model.addAttribute("profile", profile);
        model.addAttribute("tab", tab);
        model.addAttribute("offered", offered);
        model.addAttribute("definitions", definitions);
        model.addAttribute("about", tab.glossarySlug() == null ? null : definitions.get(tab.glossarySlug()));
        model.addAttribute("canonical", site.absolute(profile.tabPath(tab)));
        model.addAttribute("page", new PageMeta(tab.titled(profile.title()), profile.summaryDuties(), null, List.of()));
        return TAB_VIEW;
    }
}

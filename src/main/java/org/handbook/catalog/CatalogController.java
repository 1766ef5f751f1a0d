package org.handbook.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.handbook.occupation.Slug;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** The ways in by browsing: the home page, the occupation groups and the A-Z index. */
@Controller
class CatalogController {

    static final String HOME_VIEW = "catalog/home";
    static final String GROUP_VIEW = "catalog/group";
    static final String INDEX_VIEW = "catalog/occupations";

    static final String SLUG = Slug.PATTERN;

    private final CatalogService catalog;
    private final CatalogProperties properties;
    private final FinderShortcuts shortcuts;

    CatalogController(CatalogService catalog, CatalogProperties properties, FinderShortcuts shortcuts) {
        this.catalog = catalog;
        this.properties = properties;
        this.shortcuts = shortcuts;
    }

    @GetMapping("/")
    String home(Model model) {
        List<CatalogEntry> all = catalog.all();
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("total", all.size());
        model.addAttribute("catalogEdition", catalog.edition());
        model.addAttribute("lists", OccupationList.values());
        model.addAttribute("byEducation", shortcuts.byEducation());
        model.addAttribute("byPay", shortcuts.byPay());
        model.addAttribute("partial", all.stream().filter(entry -> !entry.profileLoaded()).count());
        model.addAttribute("featured", catalog.find(properties.featured()).filter(CatalogEntry::profileLoaded)
                .or(() -> all.stream().filter(CatalogEntry::profileLoaded).findFirst())
                .orElse(null));
        model.addAttribute("page", new PageMeta("Find an occupation",
                "Occupational profiles from the BLS Occupational Outlook Handbook: what workers do, how to become "
                        + "one, pay and job outlook. Search, browse by group, education or pay, see the fastest growing and "
                        + "highest paying occupations, or use the Occupation Finder.",
                "/", List.of()));
        return HOME_VIEW;
    }

    @GetMapping("/{group:" + SLUG + "}/")
    String group(@PathVariable String group, Model model) {
        GroupSummary summary = catalog.group(group).orElseThrow(() -> new CatalogNotFoundException(group));
        model.addAttribute("group", summary);
        model.addAttribute("catalogEdition", catalog.edition());
        model.addAttribute("page", new PageMeta(summary.title() + " Occupations",
                summary.title() + " occupations in the Occupational Outlook Handbook: " + summary.count()
                        + (summary.count() == 1 ? " occupation" : " occupations")
                        + " with their duties, entry-level education and median pay.",
                summary.path(), List.of(Crumb.HOME, new Crumb(summary.title(), null))));
        return GROUP_VIEW;
    }

    /** A group's address without its trailing slash. */
    @GetMapping("/{group:" + SLUG + "}")
    RedirectView groupWithoutSlash(@PathVariable String group) {
        GroupSummary summary = catalog.group(group).orElseThrow(() -> new CatalogNotFoundException(group));
        RedirectView redirect = new RedirectView(summary.path());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    @GetMapping("/occupations")
    String index(Model model) {
        Map<Character, List<CatalogEntry>> byLetter = catalog.all().stream()
                .collect(Collectors.groupingBy(CatalogEntry::initial, TreeMap::new, Collectors.toList()));
        model.addAttribute("byLetter", byLetter);
        model.addAttribute("letters", "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> (char) c).toList());
        model.addAttribute("total", catalog.all().size());
        model.addAttribute("page", new PageMeta("Occupations A-Z",
                "Every occupation in the Handbook from A to Z, with links to each profile.",
                "/occupations", List.of(Crumb.HOME, new Crumb("Occupations A-Z", null))));
        return INDEX_VIEW;
    }
}

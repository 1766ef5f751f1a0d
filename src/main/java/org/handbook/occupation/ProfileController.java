package org.handbook.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.glossary.GlossaryService;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The profile pages: one URL per tab, the print view, and BLS-style addresses. */
@Controller
class ProfileController {

    static final String PROFILE_VIEW = "occupation/profile";
    static final String PARTIAL_VIEW = "occupation/partial-profile";
    static final String PRINT_VIEW = "occupation/print";

    static final String SLUG = Slug.PATTERN;

    private final ProfileService profiles;
    private final GlossaryService glossary;

    ProfileController(ProfileService profiles, GlossaryService glossary) {
        this.profiles = profiles;
        this.glossary = glossary;
    }

    @GetMapping("/{group:" + SLUG + "}/{slug:" + SLUG + "}/")
    String summary(@PathVariable String group, @PathVariable String slug,
                   @RequestParam(required = false) String edition, Model model) {
        ProfileView profile = profileIn(group, slug, edition);
        if (!profile.profileLoaded()) {
            model.addAttribute("profile", profile);
            model.addAttribute("page", new PageMeta(profile.title(),
                    profile.summaryDuties() + " Entry-level education, median pay and the link to the full BLS profile.",
                    profile.path(), crumbs(profile, null)));
            return PARTIAL_VIEW;
        }
        return tab(profile, Tab.SUMMARY, model);
    }

    /** Any other tab; "print", mapped literally, takes precedence over this pattern. */
    @GetMapping("/{group:" + SLUG + "}/{slug:" + SLUG + "}/{tab:" + SLUG + "}")
    String tab(@PathVariable String group, @PathVariable String slug, @PathVariable("tab") String tabPath,
               @RequestParam(required = false) String edition, Model model) {
        Tab tab = Tab.fromPath(tabPath).orElseThrow(() -> new OccupationNotFoundException(slug));
        ProfileView profile = profileIn(group, slug, edition);
        if (!profile.profileLoaded()) {
            throw new OccupationNotFoundException(slug);
        }
        return tab(profile, tab, model);
    }

    @GetMapping("/{group:" + SLUG + "}/{slug:" + SLUG + "}/print")
    String print(@PathVariable String group, @PathVariable String slug,
                 @RequestParam(required = false) String edition, Model model) {
        ProfileView profile = profileIn(group, slug, edition);
        if (!profile.profileLoaded()) {
            throw new OccupationNotFoundException(slug);
        }
        model.addAttribute("profile", profile);
        model.addAttribute("definitions", glossary.bySlug());
        List<Crumb> crumbs = crumbs(profile, null);
        crumbs.set(crumbs.size() - 1, new Crumb(profile.title(), profile.path()));
        crumbs.add(new Crumb("Print", null));
        model.addAttribute("page", new PageMeta("Print: " + profile.title(),
                "Every tab of the " + profile.title() + " profile on one printable page.",
                profile.printPath(), crumbs));
        return PRINT_VIEW;
    }

    /** The profile's address without its trailing slash. */
    @GetMapping("/{group:" + SLUG + "}/{slug:" + SLUG + "}")
    RedirectView withoutSlash(@PathVariable String group, @PathVariable String slug) {
        return permanentRedirect(profileIn(group, slug, null).path());
    }

    /** BLS's address of a profile, e.g. /ooh/healthcare/medical-assistants.htm. */
    @GetMapping("/ooh/{group:" + SLUG + "}/{slug:" + SLUG + "}.htm")
    RedirectView blsAddress(@PathVariable String group, @PathVariable String slug) {
        return permanentRedirect(profileIn(group, slug, null).path());
    }

    private String tab(ProfileView profile, Tab tab, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("tab", tab);
        Map<String, GlossaryService.Definition> definitions = glossary.bySlug();
        model.addAttribute("definitions", definitions);
        model.addAttribute("about", tab.glossarySlug() == null ? null : definitions.get(tab.glossarySlug()));
        model.addAttribute("page", new PageMeta(
                tab.titled(profile.title()), description(profile, tab), profile.tabPath(tab), crumbs(profile, tab)));
        return PROFILE_VIEW;
    }

    /**
     * The profile, which must belong to the group in the address: a profile has one URL. An
     * {@code edition} ("2022-32") asks for an earlier edition's profile; the current one without it.
     */
    private ProfileView profileIn(String group, String slug, String edition) {
        ProfileView profile = profiles.profile(slug, edition);
        if (!profile.group().slug().equals(group)) {
            throw new OccupationNotFoundException(slug);
        }
        return profile;
    }

    private static String description(ProfileView profile, Tab tab) {
        List<String> summary = profile.summaryOf(tab == Tab.SUMMARY ? Tab.WHAT_THEY_DO : tab);
        String text = summary.isEmpty() ? profile.summaryDuties() : summary.get(0);
        return tab.titled(text);
    }

    private static List<Crumb> crumbs(ProfileView profile, Tab tab) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(Crumb.HOME);
        crumbs.add(new Crumb(profile.group().title(), profile.group().path()));
        if (tab == null || tab == Tab.SUMMARY) {
            crumbs.add(new Crumb(profile.title(), null));
        } else {
            crumbs.add(new Crumb(profile.title(), profile.path()));
            crumbs.add(new Crumb(tab.label(), null));
        }
        return crumbs;
    }

    private static RedirectView permanentRedirect(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}

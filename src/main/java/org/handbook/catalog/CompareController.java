package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Quick facts of 2 to 4 occupations side by side, with pay and outlook charts on one scale:
 * {@code /compare?o=a&o=b}. With fewer, the page explains how to add occupations (200); with more,
 * or with an address naming no occupation, it says what is wrong (400). Occupations are added with
 * a plain GET form, so choosing works without JavaScript.
 */
@Controller
class CompareController {

    static final String VIEW = "catalog/compare";
    static final int MIN = 2;
    static final int MAX = 4;

    private static final int ECHO_LIMIT = 60;

    private final CatalogService catalog;

    CompareController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** One occupation of the comparison with the address of the comparison without it. */
    record Column(CatalogEntry entry, String removePath) {
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "o", required = false) List<String> o, HttpServletResponse response,
                   Model model) {
        Set<String> asked = new LinkedHashSet<>();
        if (o != null) {
            o.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(asked::add);
        }
        CatalogService.Comparison comparison = catalog.compare(List.copyOf(asked));
        List<String> errors = new ArrayList<>();
        comparison.unknown().forEach(slug -> errors.add("There is no occupation \u201c" + echo(slug)
                + "\u201d in the Handbook; choose occupations from the list."));
        if (asked.size() > MAX) {
            errors.add("Compare at most " + MAX + " occupations at a time; the address named " + asked.size()
                    + ". Remove some to compare the others.");
        }
        List<CatalogEntry> chosen = comparison.occupations().stream().limit(MAX).toList();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        List<String> slugs = chosen.stream().map(CatalogEntry::slug).toList();
        String titles = String.join(", ", chosen.stream().map(CatalogEntry::title).toList());
        boolean comparing = chosen.size() >= MIN && errors.isEmpty();
        String heading = comparing ? "Compare " + titles : "Compare occupations";
        model.addAttribute("errors", errors);
        model.addAttribute("columns", chosen.stream()
                .map(e -> new Column(e, path(slugs.stream().filter(s -> !s.equals(e.slug())).toList()))).toList());
        model.addAttribute("comparing", comparing);
        model.addAttribute("canAdd", chosen.size() < MAX);
        model.addAttribute("chosen", slugs);
        model.addAttribute("catalogEdition", catalog.edition());
        model.addAttribute("charts", ComparisonCharts.of(chosen));
        model.addAttribute("candidates", catalog.groups().stream()
                .map(g -> new GroupSummary(g.slug(), g.title(),
                        g.occupations().stream().filter(e -> !slugs.contains(e.slug())).toList()))
                .filter(g -> g.count() > 0).toList());
        model.addAttribute("heading", heading);
        model.addAttribute("page", new PageMeta(errors.isEmpty() ? heading : "Error: " + heading,
                comparing ? "Quick facts side by side: " + titles + "."
                        : "Compare the quick facts of 2 to 4 occupations side by side: pay, education, training "
                        + "and job outlook.",
                path(slugs), List.of(Crumb.HOME, new Crumb("Compare occupations", null))));
        return VIEW;
    }

    private static String path(List<String> slugs) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/compare");
        slugs.forEach(s -> builder.queryParam("o", s));
        return builder.encode().build().toUriString();
    }

    private static String echo(String slug) {
        return slug.length() > ECHO_LIMIT ? slug.substring(0, ECHO_LIMIT) + "\u2026" : slug;
    }
}

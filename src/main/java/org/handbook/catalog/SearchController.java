package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search by title, other name, duties and narrative: {@code /search?q=}. */
@Controller
class SearchController {

    static final String VIEW = "catalog/search";

    /** The longest query the search box takes (its maxlength). */
    static final int MAX_LENGTH = 200;

    private final CatalogService catalog;

    SearchController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) List<String> q, HttpServletResponse response,
                  Model model) {
        String query = q == null ? "" : String.join(" ", q).strip();
        String error = problem(query);
        SearchResults results = error == null ? catalog.search(query) : SearchResults.NONE;
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("query", error == null ? query : "");
        model.addAttribute("error", error);
        model.addAttribute("results", results);
        model.addAttribute("noWords", error == null && !query.isEmpty() && results.terms().isEmpty());
        model.addAttribute("limit", CatalogService.SEARCH_LIMIT);
        String title = query.isEmpty() || error != null ? "Search occupations" : "Search results for " + shorten(query);
        model.addAttribute("page", new PageMeta(error == null ? title : "Error: " + title,
                "Search the Handbook's occupations by title, other name, duties and profile text.",
                "/search", List.of(Crumb.HOME, new Crumb("Search", null))));
        return VIEW;
    }

    /** What is wrong with the query, or null. */
    private static String problem(String query) {
        if (query.length() > MAX_LENGTH) {
            return "Enter " + MAX_LENGTH + " characters or fewer; your search had " + query.length() + ".";
        }
        if (query.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.PRIVATE_USE)) {
            return "Your search contained characters that cannot be searched for, such as control characters. "
                    + "Use letters, numbers and spaces.";
        }
        return null;
    }

    private static String shorten(String query) {
        return query.length() > 60 ? query.substring(0, 60) + "\u2026" : query;
    }
}

package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search by title, other names, duties and narrative: {@code /search?q=}, and the occupations
 * whose names begin with what has been typed, as JSON for the search boxes' suggestions:
 * {@code /search/suggestions?q=}.
 */
@Controller
class SearchController {

    static final String VIEW = "catalog/search";

    /** The longest query the search box takes (its maxlength). */
    static final int MAX_LENGTH = 200;

    /** More pages than a catalog of occupations can fill. */
    static final int MAX_PAGE = 1000;

    /** As many suggestions as a list under a search box shows without scrolling on a phone. */
    static final int SUGGESTIONS = 8;

    private final CatalogService catalog;

    SearchController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) List<String> q,
                  @RequestParam(name = "page", required = false) String page,
                  HttpServletResponse response, Model model) {
        String query = q == null ? "" : String.join(" ", q).strip();
        String error = problem(query);
        int pageNumber = pageNumber(page);
        String pageError = pageNumber < 1 ? "Enter a page number from 1 to " + MAX_PAGE + "." : null;
        SearchResults results = error == null && pageError == null ? catalog.search(query, pageNumber)
                : SearchResults.NONE;
        if (error != null || pageError != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        int pages = (results.total() + CatalogService.SEARCH_PAGE_SIZE - 1) / CatalogService.SEARCH_PAGE_SIZE;
        model.addAttribute("query", error == null ? query : "");
        model.addAttribute("error", error);
        model.addAttribute("pageError", pageError);
        model.addAttribute("results", results);
        model.addAttribute("noWords", error == null && !query.isEmpty() && results.terms().isEmpty());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("groups", results.total() == 0 ? catalog.groups() : List.of());
        model.addAttribute("pages", pages);
        String title = query.isEmpty() || error != null ? "Search occupations" : "Search results for " + shorten(query)
                + (pageNumber > 1 ? ", page " + pageNumber : "");
        model.addAttribute("page", new PageMeta(error == null && pageError == null ? title : "Error: " + title,
                "Search the Handbook's occupations by title, other name, duties and profile text.",
                "/search", List.of(Crumb.HOME, new Crumb("Search", null))));
        return VIEW;
    }

    /** One suggestion: an occupation's title, the address of its profile and its group. */
    record Suggestion(String title, String path, String group) {
    }

    record Suggestions(String query, List<Suggestion> suggestions) {
    }

    @GetMapping("/search/suggestions")
    ResponseEntity<?> suggestions(@RequestParam(name = "q", required = false) String q) {
        String typed = q == null ? "" : q.strip();
        String error = problem(typed);
        if (error != null) {
            return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error)).build();
        }
        List<Suggestion> suggestions = catalog.suggest(typed, SUGGESTIONS).stream()
                .map(e -> new Suggestion(e.title(), e.path(), e.group().title())).toList();
        // No Cache-Control of its own: the render cache keeps the answer per address, like a page's.
        return ResponseEntity.ok().body(new Suggestions(typed, suggestions));
    }

    /** The page number asked for, 1 when none is, or 0 when it is not a number from 1 to {@value #MAX_PAGE}. */
    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String digits = page.strip();
        if (!digits.matches("[0-9]{1,4}")) {
            return 0;
        }
        int number = Integer.parseInt(digits);
        return number <= MAX_PAGE ? number : 0;
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

package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbook.catalog.FinderSort.Column;
import org.handbook.system.PageMeta;
import org.handbook.system.PageMeta.Crumb;
import org.handbook.system.SiteAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Occupation Finder: a GET form of filters, so every result has a URL, and its result as
 * CSV ({@code /occupation-finder.csv?...} or {@code format=csv}). The result's column headers are
 * links that sort by the column, so the order is in the URL too.
 */
@Controller
class FinderController {

    static final String VIEW = "catalog/finder";
    static final String FORMAT = "format";

    private final CatalogService catalog;
    private final SiteAddress site;

    FinderController(CatalogService catalog, SiteAddress site) {
        this.catalog = catalog;
        this.site = site;
    }

    /**
     * A column header's sort link: where it leads, the header's {@code aria-sort} (null when the result
     * is not sorted by the column) and what following it does, in words.
     */
    record SortLink(String href, String ariaSort, String action) {
    }

    @GetMapping("/occupation-finder")
    Object finder(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        FinderQuery.Parsed parsed = catalog.finderQuery(parameters);
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        List<String> formats = parameters.getOrDefault(FORMAT, List.of());
        boolean csv = formats.size() == 1 && "csv".equalsIgnoreCase(formats.get(0).strip());
        if (!csv && !formats.stream().allMatch(f -> f.isBlank() || "html".equalsIgnoreCase(f.strip()))) {
            errors.put(FORMAT, "Choose the format html or csv.");
        }
        if (csv) {
            return csv(parsed, errors);
        }
        FinderQuery query = parsed.query();
        // invalid values are left out of the query, so the form keeps the valid ones checked
        FinderResult result = catalog.finder(query);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        String queryString = query.queryString();
        model.addAttribute("query", query);
        model.addAttribute("errors", errors);
        model.addAttribute("filters", result.filters());
        model.addAttribute("results", errors.isEmpty() ? result.occupations() : List.of());
        model.addAttribute("sortChoices", FinderQuery.sortChoices(query.sort()));
        model.addAttribute("sortLinks", sortLinks(query));
        model.addAttribute("catalogEdition", catalog.edition());
        model.addAttribute("csvPath", "/occupation-finder.csv" + (queryString.isEmpty() ? "" : "?" + queryString));
        String title = "Occupation Finder";
        model.addAttribute("page", new PageMeta(errors.isEmpty() ? title : "Error: " + title,
                "Find occupations by group, entry-level education, work experience, on-the-job training, "
                        + "projected growth, projected new jobs and median pay.",
                "/occupation-finder", List.of(Crumb.HOME, new Crumb(title, null))));
        return VIEW;
    }

    @GetMapping("/occupation-finder.csv")
    ResponseEntity<String> finderCsv(@RequestParam MultiValueMap<String, String> parameters) {
        FinderQuery.Parsed parsed = catalog.finderQuery(parameters);
        return csv(parsed, parsed.errors());
    }

    /**
     * Each column's link, by the column's name in lower case: the result sorted by it the usual way,
     * or, for the column it is sorted by, the other way.
     */
    private static Map<String, SortLink> sortLinks(FinderQuery query) {
        Map<String, SortLink> links = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            boolean sorted = query.sort().column() == column;
            FinderSort next = sorted ? query.sort().reversed() : FinderSort.of(column);
            String queryString = query.sortedBy(next).queryString();
            String ariaSort = !sorted ? null : query.sort().ascending() ? "ascending" : "descending";
            links.put(column.name().toLowerCase(Locale.ROOT), new SortLink(
                    "/occupation-finder" + (queryString.isEmpty() ? "" : "?" + queryString) + "#finder-results",
                    ariaSort, "sort " + next.direction()));
        }
        return links;
    }

    private ResponseEntity<String> csv(FinderQuery.Parsed parsed, Map<String, String> errors) {
        if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder("The finder's filters are not valid:\n");
            errors.forEach((field, message) -> text.append(field).append(": ").append(message).append('\n'));
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .header("X-Content-Type-Options", "nosniff")
                    .body(text.toString());
        }
        List<OccupationRecord> records = catalog.find(parsed.query()).stream()
                .map(e -> OccupationRecord.of(e, site)).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"occupation-finder.csv\"")
                .body(Csv.of(records));
    }
}

package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * CSV ({@code /occupation-finder.csv?...} or {@code format=csv}).
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

    @GetMapping("/occupation-finder")
    Object finder(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, Model model) {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters);
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
        List<CatalogEntry> results = errors.isEmpty() ? catalog.find(query) : List.of();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        String queryString = query.queryString();
        model.addAttribute("query", query);
        model.addAttribute("errors", errors);
        model.addAttribute("results", results);
        model.addAttribute("catalogEdition", catalog.edition());
        model.addAttribute("csvPath", "/occupation-finder.csv" + (queryString.isEmpty() ? "" : "?" + queryString));
        String title = "Occupation Finder";
        model.addAttribute("page", new PageMeta(errors.isEmpty() ? title : "Error: " + title,
                "Find occupations by entry-level education, work experience, on-the-job training, projected growth, "
                        + "projected new jobs and median pay.",
                "/occupation-finder", List.of(Crumb.HOME, new Crumb(title, null))));
        return VIEW;
    }

    @GetMapping("/occupation-finder.csv")
    ResponseEntity<String> finderCsv(@RequestParam MultiValueMap<String, String> parameters) {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters);
        return csv(parsed, parsed.errors());
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

package org.handbook.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.handbook.occupation.Slug;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * BLS's lists of occupations: an index, each list as a table sortable by any column (the order in
 * the address, so it works without JavaScript), each as CSV, and BLS's own addresses of them.
 */
@Controller
class ListsController {

    static final String INDEX_VIEW = "catalog/lists";
    static final String LIST_VIEW = "catalog/list";

    private static final String TITLE = "Occupation lists";
    private static final Crumb LISTS = new Crumb(TITLE, "/lists");

    private final ListsService lists;
    private final CatalogService catalog;
    private final SiteAddress site;

    ListsController(ListsService lists, CatalogService catalog, SiteAddress site) {
        this.lists = lists;
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping("/lists")
    String index(Model model) {
        CatalogEdition edition = catalog.edition();
        model.addAttribute("lists", Arrays.stream(OccupationList.values())
                .map(list -> new ListLink(list, list.description(edition), lists.ranked(list).stream().findFirst()
                        .orElse(null)))
                .toList());
        model.addAttribute("catalogEdition", edition);
        model.addAttribute("page", new PageMeta(TITLE,
                "The fastest growing occupations, those with the most new jobs, the highest paying and those with "
                        + "the most openings, from the Occupational Outlook Handbook's projections and wages.",
                "/lists", List.of(Crumb.HOME, new Crumb(TITLE, null))));
        return INDEX_VIEW;
    }

    /** A list on the index page, with the occupation at its top (null when no occupation has the figure). */
    record ListLink(OccupationList list, String description, ListRow top) {
    }

    @GetMapping("/lists/{slug:" + Slug.PATTERN + "}")
    String list(@PathVariable String slug, @RequestParam MultiValueMap<String, String> parameters,
                HttpServletResponse response, Model model) {
        OccupationList list = OccupationList.bySlug(slug).orElseThrow(() -> new ListNotFoundException(slug));
        ListSort.Parsed parsed = ListSort.parse(list, parameters);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        ListsService.ListTable table = lists.table(list, parsed.sort());
        model.addAttribute("table", table);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("page", new PageMeta(parsed.errors().isEmpty() ? list.title() : "Error: " + list.title(),
                table.description() + " With entry-level education and median pay, from the Occupational Outlook "
                        + "Handbook.",
                list.path(), List.of(Crumb.HOME, LISTS, new Crumb(list.title(), null))));
        return LIST_VIEW;
    }

    @GetMapping("/lists/{slug:" + Slug.PATTERN + "}.csv")
    ResponseEntity<String> csv(@PathVariable String slug, @RequestParam MultiValueMap<String, String> parameters) {
        OccupationList list = OccupationList.bySlug(slug).orElseThrow(() -> new ListNotFoundException(slug));
        ListSort.Parsed parsed = ListSort.parse(list, parameters);
        if (!parsed.errors().isEmpty()) {
            return badRequest(list, parsed.errors());
        }
        List<OccupationRecord> records = lists.table(list, parsed.sort()).rows().stream()
                .map(row -> OccupationRecord.of(row.occupation(), site)).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + list.slug() + ".csv\"")
                .body(Csv.of(records));
    }

    /** BLS's address of a list, e.g. /ooh/fastest-growing.htm. */
    @GetMapping("/ooh/{page:" + Slug.PATTERN + "}.htm")
    RedirectView blsAddress(@PathVariable String page) {
        OccupationList list = OccupationList.byBlsPage(page).orElseThrow(() -> new ListNotFoundException(page));
        RedirectView redirect = new RedirectView(list.path());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private static ResponseEntity<String> badRequest(OccupationList list, Map<String, String> errors) {
        StringBuilder text = new StringBuilder("The order asked of the list \"" + list.title() + "\" is not valid:\n");
        errors.forEach((parameter, message) -> text.append(parameter).append(": ").append(message).append('\n'));
        return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(text.toString());
    }
}

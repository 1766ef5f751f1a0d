package org.handbook.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handbook.catalog.CatalogEntry;
import org.handbook.catalog.CatalogService;
import org.handbook.catalog.FinderQuery;
import org.handbook.catalog.FinderSort;
import org.handbook.occupation.ProfileService;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.system.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The open JSON API over occupations and their groups. The list reads the Occupation Finder's
 * parameters with the finder's own {@link FinderQuery}, so a finder URL's query string works here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Occupations", description = "Occupational profiles of the Occupational Outlook Handbook")
class OccupationApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";

    /**
     * What the API says of an invalid finder parameter: its choices, without echoing the value
     * (the finder page's messages point at a form the API does not have).
     */
    private static final Map<String, String> FINDER_REASONS = finderReasons();

    private final CatalogService catalog;
    private final ProfileService profiles;
    private final ApiAssembler assembler;
    private final SiteAddress site;

    OccupationApiController(CatalogService catalog, ProfileService profiles, ApiAssembler assembler,
                            SiteAddress site) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.assembler = assembler;
        this.site = site;
    }

    @GetMapping("/occupations")
    @Operation(summary = "List occupations, filtered and sorted as in the Occupation Finder",
            description = "The Occupation Finder's parameters, so a finder URL's query string works here. Repeat a "
                    + "filter for several values (any of them); across filters all must hold. Values are "
                    + "case-insensitive; empty values mean any. Parameters the API does not know are ignored.")
    @Parameter(name = FinderQuery.GROUP, in = ParameterIn.QUERY, description = "Occupation group, by its slug as "
            + "/api/v1/groups lists them, e.g. healthcare; an unknown slug is an error (400)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = FinderQuery.EDUCATION, in = ParameterIn.QUERY, description = "Entry-level education",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"no-formal-credential",
                    "high-school", "postsecondary-nondegree", "some-college", "associate", "bachelor", "master",
                    "doctoral", "see-how-to-become-one"})))
    @Parameter(name = FinderQuery.EXPERIENCE, in = ParameterIn.QUERY, description = "Work experience in a related occupation",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"none", "less-than-5-years",
                    "five-years-or-more", "see-how-to-become-one"})))
    @Parameter(name = FinderQuery.TRAINING, in = ParameterIn.QUERY, description = "Typical on-the-job training",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"none", "short-term",
                    "moderate-term", "long-term", "apprenticeship", "internship-residency", "see-how-to-become-one"})))
    @Parameter(name = FinderQuery.GROWTH, in = ParameterIn.QUERY, description = "Projected growth rate over the projection period of the current edition",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"decline",
                    "little-or-no-change", "slower", "average", "faster", "much-faster"})))
    @Parameter(name = FinderQuery.JOBS, in = ParameterIn.QUERY, description = "Projected number of new jobs (employment change) over the projection period of the current edition",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"decline", "from-0-to-999",
                    "from-1000-to-4999", "from-5000-to-9999", "from-10000-to-49999", "from-50000"})))
    @Parameter(name = FinderQuery.PAY, in = ParameterIn.QUERY, description = "Median annual pay at the wages' reference month of the current edition",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"under-30000",
                    "from-30000-to-39999", "from-40000-to-59999", "from-60000-to-79999", "from-80000-to-99999",
                    "from-100000"})))
    @Parameter(name = FinderQuery.SORT, in = ParameterIn.QUERY, description = "Order, by one column of the finder "
            + "in either direction: title (A to Z, the default), education, experience and training (least first), "
            + "growth, jobs and pay (highest first); with -desc or -asc, the other way. Occupations without the "
            + "figure come last either way; a top-coded pay ranks as its ceiling",
            schema = @Schema(type = "string", allowableValues = {"title", "title-desc", "education", "education-desc",
                    "experience", "experience-desc", "training", "training-desc", "growth", "growth-asc", "jobs",
                    "jobs-asc", "pay", "pay-asc"}))
    @Parameter(name = LIMIT, in = ParameterIn.QUERY, description = "Items per page, 1 to 100 (default 20)",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
    @Parameter(name = OFFSET, in = ParameterIn.QUERY, description = "Items to skip (default 0)",
            schema = @Schema(type = "integer", minimum = "0"))
    OccupationPage occupations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        FinderQuery.Parsed parsed = catalog.finderQuery(parameters);
        Map<String, String> invalid = new LinkedHashMap<>();
        parsed.errors().keySet().forEach(name -> invalid.put(name,
                FINDER_REASONS.getOrDefault(name, name + " is not valid.")));
        int pageSize = number(parameters, LIMIT, DEFAULT_LIMIT, MAX_LIMIT, invalid);
        int skip = number(parameters, OFFSET, 0, Integer.MAX_VALUE, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidParameterException(invalid);
        }
        List<CatalogEntry> matching = catalog.find(parsed.query());
        List<OccupationItem> items = matching.stream().skip(skip).limit(pageSize).map(assembler::item).toList();
        int total = matching.size();
        return new OccupationPage(items, total, pageSize, skip, new OccupationPage.Links(
                pageUrl(parameters, skip),
                skip + pageSize < total ? pageUrl(parameters, skip + pageSize) : null,
                skip > 0 ? pageUrl(parameters, Math.max(0, skip - pageSize)) : null),
                Source.handbook());
    }

    @GetMapping("/occupations/{slug}")
    @Operation(summary = "One occupation's whole profile: quick facts, every tab's content, tables and charts' data")
    OccupationDetail occupation(@Parameter(description = "The occupation's slug") @PathVariable String slug,
            @Parameter(description = "An edition by its code as BLS names it, its projection period (YYYY-YY), as the "
                    + "answer's editions list them (default: the current one)")
            @RequestParam(required = false) String edition) {
        return assembler.detail(profiles.profile(slug, edition));
    }

    @GetMapping("/groups")
    @Operation(summary = "List occupation groups in the Handbook's order, with the number of occupations in each")
    GroupList groups() {
        return new GroupList(catalog.groups().stream()
                .map(g -> assembler.group(new GroupRef(g.slug(), g.title()), g.count()))
                .toList(), Source.handbook());
    }

    /** A whole number from 0 (1 for limit) to max; empty means the default, as finder filters do. */
    private static int number(MultiValueMap<String, String> parameters, String name, int defaultValue, int max,
                                  Map<String, String> invalid) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (values.isEmpty()) {
            return defaultValue;
        }
        int min = LIMIT.equals(name) ? 1 : 0;
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        if (values.size() > 1 || !values.get(0).matches("[0-9]{1,9}")
                || Integer.parseInt(values.get(0)) < min || Integer.parseInt(values.get(0)) > max) {
            invalid.put(name, name + " must be a whole number " + range + ", given once.");
            return defaultValue;
        }
        return Integer.parseInt(values.get(0));
    }

    private static Map<String, String> finderReasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        FinderQuery.ALL.filters(List.of()).forEach(f -> reasons.put(f.name(), f.name() + " must be one of "
                + codes(f.options()) + "; repeat the parameter for several."));
        // the groups are data, not constants: the reason points at where they are listed
        reasons.put(FinderQuery.GROUP, FinderQuery.GROUP + " must be the slug of a group, as /api/v1/groups lists "
                + "them.");
        reasons.put(FinderQuery.SORT, FinderQuery.SORT + " must be one of "
                + codes(FinderQuery.sortChoices(FinderSort.TITLE)) + ", given once.");
        return Map.copyOf(reasons);
    }

    private static String codes(List<FinderQuery.Option> options) {
        return options.stream().map(FinderQuery.Option::code).collect(Collectors.joining(", "));
    }

    /** This request's address with another offset, the other parameters as they came. */
    private String pageUrl(MultiValueMap<String, String> parameters, int offset) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>(parameters);
        query.put(OFFSET, List.of(Integer.toString(offset)));
        return UriComponentsBuilder.fromUriString(site.absolute(ApiAssembler.OCCUPATIONS_PATH))
                .queryParams(query).build().encode().toUriString();
    }
}

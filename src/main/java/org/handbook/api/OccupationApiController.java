package org.handbook.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handbook.occupation.OccupationListing;
import org.handbook.occupation.ProfileService;
import org.handbook.occupation.ProfileView;
import org.handbook.system.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The open JSON API over occupations and their groups. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Occupations", description = "Occupational profiles of the Occupational Outlook Handbook")
class OccupationApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ProfileService profiles;
    private final ApiAssembler assembler;
    private final SiteProperties site;

    OccupationApiController(ProfileService profiles, ApiAssembler assembler, SiteProperties site) {
        this.profiles = profiles;
        this.assembler = assembler;
        this.site = site;
    }

    @GetMapping("/occupations")
    @Operation(summary = "List occupations, filtered and sorted as in the Occupation Finder",
            description = "Categories are codes as in quickFacts (e.g. education=ASSOCIATE); several codes separated "
                    + "by commas match any of them. Bounds are inclusive.")
    OccupationPage occupations(
            @Parameter(description = "Group slug, e.g. healthcare") @RequestParam(required = false) String group,
            @Parameter(description = "Entry-level education codes, e.g. ASSOCIATE,BACHELOR") @RequestParam(required = false) String education,
            @Parameter(description = "Work experience codes, e.g. NONE") @RequestParam(required = false) String experience,
            @Parameter(description = "On-the-job training codes, e.g. NONE") @RequestParam(required = false) String training,
            @Parameter(description = "Lowest median annual pay, USD") @RequestParam(required = false) String minPay,
            @Parameter(description = "Highest median annual pay, USD") @RequestParam(required = false) String maxPay,
            @Parameter(description = "Lowest projected growth rate, percent") @RequestParam(required = false) String minGrowth,
            @Parameter(description = "Highest projected growth rate, percent") @RequestParam(required = false) String maxGrowth,
            @Parameter(description = "Fewest projected new jobs") @RequestParam(required = false) String minNewJobs,
            @Parameter(description = "Most projected new jobs") @RequestParam(required = false) String maxNewJobs,
            @Parameter(description = "title, pay, growth or jobs (new jobs); a leading - sorts descending") @RequestParam(required = false) String sort,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            @Parameter(description = "Items to skip (default 0)") @RequestParam(required = false) String offset,
            @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        int pageSize = limit == null ? DEFAULT_LIMIT : OccupationFilter.number("limit", limit);
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "limit must be from 1 to " + MAX_LIMIT + ".");
        }
        int skip = offset == null ? 0 : OccupationFilter.number("offset", offset);
        if (skip < 0) {
            throw new InvalidParameterException("offset", "offset must be 0 or more.");
        }
        OccupationFilter filter = OccupationFilter.of(group, education, experience, training,
                minPay, maxPay, minGrowth, maxGrowth, minNewJobs, maxNewJobs);
        Comparator<OccupationListing> order = OccupationFilter.sort(sort);
        List<OccupationListing> matching = filter.apply(profiles.listing()).stream().sorted(order).toList();
        List<OccupationItem> items = matching.stream().skip(skip).limit(pageSize).map(assembler::item).toList();
        int total = matching.size();
        return new OccupationPage(items, total, pageSize, skip, new OccupationPage.Links(
                pageUrl(query, skip),
                skip + pageSize < total ? pageUrl(query, skip + pageSize) : null,
                skip > 0 ? pageUrl(query, Math.max(0, skip - pageSize)) : null),
                Source.handbook());
    }

    @GetMapping("/occupations/{slug}")
    @Operation(summary = "One occupation's whole profile: quick facts, every tab's content, tables and charts' data")
    OccupationDetail occupation(@Parameter(description = "The occupation's slug") @PathVariable String slug,
            @Parameter(description = "An earlier edition, e.g. 2022-32 (default: the current one)")
            @RequestParam(required = false) String edition) {
        return assembler.detail(profiles.profile(slug, edition));
    }

    @GetMapping("/groups")
    @Operation(summary = "List occupation groups, with the number of occupations in each")
    GroupList groups() {
        Map<ProfileView.GroupRef, Long> counts = profiles.listing().stream()
                .collect(Collectors.groupingBy(OccupationListing::group, LinkedHashMap::new, Collectors.counting()));
        return new GroupList(counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProfileView.GroupRef::title)))
                .map(e -> assembler.group(e.getKey(), e.getValue().intValue()))
                .toList(), Source.handbook());
    }

    /** This request's address with another offset, the other parameters as they came. */
    private String pageUrl(Map<String, String> query, int offset) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(site.absolute(ApiAssembler.OCCUPATIONS_PATH));
        Map<String, String> parameters = new LinkedHashMap<>(query);
        parameters.put("offset", Integer.toString(offset));
        parameters.forEach(url::queryParam);
        return url.build().encode().toUriString();
    }
}

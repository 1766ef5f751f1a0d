package org.handbook.occupation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.handbook.system.PageMeta;
import org.handbook.system.SiteAddress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for the profile pages, built with Jackson from records so that no text of
 * the data is ever pasted into JSON by hand. Templates reach it as {@code @structuredData} and
 * write its answer with {@code th:utext} into a {@code <script type="application/ld+json">}; the
 * answer is safe there because every {@code </} is written {@code <\/}.
 */
@Component("structuredData")
public class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private final JsonMapper json;
    private final SiteAddress site;

    StructuredData(JsonMapper json, SiteAddress site) {
        this.json = json;
        this.site = site;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OccupationLd(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            String name,
            String alternateName,
            String description,
            CategoryCode occupationalCategory,
            Place occupationLocation,
            List<Salary> estimatedSalary,
            Credential educationRequirements,
            String experienceRequirements,
            String sameAs,
            WebPage mainEntityOfPage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CategoryCode(@JsonProperty("@type") String type, String codeValue, String name, CodeSet inCodeSet) {
    }

    record CodeSet(@JsonProperty("@type") String type, String name) {
    }

    record Place(@JsonProperty("@type") String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Salary(@JsonProperty("@type") String type, String name, String currency, String duration,
                  Integer median, Integer percentile10, Integer percentile90) {
    }

    record Credential(@JsonProperty("@type") String type, String credentialCategory) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebPage(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String url,
                   String lastReviewed, String version) {
    }

    record BreadcrumbList(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                          List<ListItem> itemListElement) {
    }

    record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {
    }

    /**
     * The schema.org Occupation of a profile, as the edition shown gives it: the page of that edition,
     * the edition as the page's {@code version}.
     */
    public String occupation(ProfileView profile) {
        QuickFacts facts = profile.quickFacts();
        String url = site.absolute(profile.path() + profile.editionQuery());
        List<Salary> salary = facts.medianPayAnnual() == null ? null : List.of(new Salary(
                "MonetaryAmountDistribution", "base", "USD", "P1Y", facts.medianPayAnnual(),
                profile.wageP10Annual(), profile.wageP90Annual()));
        return write(new OccupationLd(CONTEXT, "Occupation", profile.title(), profile.otherName(),
                profile.summaryDuties(),
                profile.socCode() == null ? null : new CategoryCode("CategoryCode", profile.socCode(), profile.title(),
                        new CodeSet("CategoryCodeSet", "Standard Occupational Classification (SOC)")),
                new Place("Country", "United States"),
                salary,
                // "See How to Become One" names no credential nor experience: search engines get none
                facts.entryEducation() == null || facts.entryEducation() == EducationLevel.SEE_HOW_TO_BECOME_ONE ? null
                        : new Credential("EducationalOccupationalCredential", facts.entryEducation().label()),
                facts.workExperience() == null || facts.workExperience() == WorkExperience.SEE_HOW_TO_BECOME_ONE ? null
                        : facts.workExperience().label(),
                profile.sourceUrl(),
                new WebPage("WebPage", url, url,
                        profile.lastModifiedDate() == null ? null : profile.lastModifiedDate().toString(),
                        profile.edition() == null ? null : profile.edition().code())));
    }

    /** The page's breadcrumbs as a schema.org BreadcrumbList; the current page is the last item. */
    public String breadcrumbs(PageMeta page) {
        List<ListItem> items = new ArrayList<>();
        List<PageMeta.Crumb> crumbs = page.breadcrumbs();
        for (int i = 0; i < crumbs.size(); i++) {
            PageMeta.Crumb crumb = crumbs.get(i);
            String path = crumb.path() != null ? crumb.path() : page.path();
            items.add(new ListItem("ListItem", i + 1, crumb.label(), path == null ? null : site.absolute(path)));
        }
        return write(new BreadcrumbList(CONTEXT, "BreadcrumbList", items));
    }

    private String write(Object value) {
        return json.writeValueAsString(value).replace("</", "<\\/").replace("<!--", "\\u003c!--");
    }
}

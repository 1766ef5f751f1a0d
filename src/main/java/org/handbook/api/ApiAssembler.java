package org.handbook.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.handbook.catalog.CatalogEntry;
import org.handbook.embed.EmbedLinks;
import org.handbook.occupation.BlockKind;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.Tab;
import org.handbook.system.Figures;
import org.handbook.system.SiteAddress;
import org.handbook.system.SiteProperties;
import org.springframework.stereotype.Component;

/** Turns the read services' views into the API's records, with absolute links from the site's address. */
@Component
class ApiAssembler {

    static final String OCCUPATIONS_PATH = "/api/v1/occupations";

    private final SiteAddress site;
    private final SiteProperties settings;
    private final EmbedLinks embeds;
    private final Figures figures;

    ApiAssembler(SiteAddress site, SiteProperties settings, EmbedLinks embeds, Figures figures) {
        this.site = site;
        this.settings = settings;
        this.embeds = embeds;
        this.figures = figures;
    }

    OccupationItem item(CatalogEntry e) {
        return new OccupationItem(e.slug(), e.title(), e.socCode(), e.profileLoaded(),
                group(e.group(), null), quickFacts(e.quickFacts()),
                new OccupationItem.Links(site.absolute(e.path()), embeds.profileEmbedUrl(e.slug()), apiUrl(e.slug())));
    }

    GroupDto group(ProfileView.GroupRef group, Integer occupations) {
        return new GroupDto(group.slug(), group.title(), occupations, new GroupDto.Links(site.absolute(group.path()),
                site.absolute(OCCUPATIONS_PATH + "?group=" + group.slug())));
    }

    OccupationDetail detail(ProfileView p) {
        QuickFacts q = p.quickFacts();
        String wagePeriod = wagePeriod(q);
        String html = site.absolute(p.path() + p.editionQuery());
        return new OccupationDetail(p.slug(), p.title(), p.singularTitle(), p.otherName(), p.socCode(),
                p.socCodes(), p.profileLoaded(), group(p.group(), null), p.summaryDuties(), quickFacts(q),
                new Measure(p.wageP10Annual(), "USD per year", wagePeriod),
                new Measure(p.wageP90Annual(), "USD per year", wagePeriod),
                new Measure(p.openingsPerYear(), "openings per year",
                        figures.period(q.employmentBaseYear(), q.projectionEndYear())),
                p.tabs().stream().map(tab -> tab(p, tab)).toList(),
                exhibits(p),
                p.stateAreaResources().stream().map(r -> new OccupationDetail.StateAreaResource(
                        r.title(), r.description(), r.linkText(), r.url())).toList(),
                p.contacts().stream().map(c -> new OccupationDetail.Contact(
                        c.introduction(), c.organization(), c.url())).toList(),
                p.onetLinks().isEmpty() ? null
                        : new OccupationDetail.Onet(p.onetLinks().get(0).title(), p.onetLinks().get(0).url()),
                p.onetLinks().stream().map(link -> new OccupationDetail.Onet(link.title(), link.url())).toList(),
                new OccupationDetail.Links(html, p.profileLoaded() ? site.absolute(p.printPath()) : null,
                        embeds.profileEmbedUrl(p.slug()), embeds.oembedUrl(html), apiUrl(p.slug())),
                new Source(Source.NAME, p.sourceUrl(), p.lastModifiedDate()),
                p.citedWork() + ", " + p.title() + ", at " + site.absolute(p.citationPath(Tab.SUMMARY)) + " (visited "
                        + figures.longDate(LocalDate.now(settings.timeZone())) + ").",
                edition(p.slug(), p.edition()),
                p.editions().stream().map(e -> edition(p.slug(), e)).toList(),
                p.changes().isEmpty() ? null : new OccupationDetail.Changes(p.changes().since().code(),
                        p.changes().facts().stream()
                                .map(c -> new OccupationDetail.Change(c.fact(), c.before(), c.after())).toList()));
    }

    private OccupationDetail.Edition edition(String slug, ProfileView.EditionRef e) {
        return new OccupationDetail.Edition(e.code(), e.referencePeriod(), e.current(),
                apiUrl(slug) + (e.current() ? "" : "?edition=" + e.code()));
    }

    QuickFactsDto quickFacts(QuickFacts q) {
        String wagePeriod = wagePeriod(q);
        String projection = q.employmentBaseYear() == null || q.projectionEndYear() == null ? null
                : figures.period(q.employmentBaseYear(), q.projectionEndYear());
        return new QuickFactsDto(
                new Measure(q.medianPayAnnual(), "USD per year", wagePeriod),
                new Measure(q.medianPayHourly(), "USD per hour", wagePeriod),
                Category.of(q.entryEducation()), Category.of(q.workExperience()), Category.of(q.onTheJobTraining()),
                new Measure(q.employment(), "jobs", q.employmentBaseYear() == null ? null : q.employmentBaseYear().toString()),
                new Measure(q.outlookPercent(), "percent", projection),
                Category.of(q.outlookDescriptor()),
                new Measure(q.employmentChange(), "jobs", projection),
                q.medianPayAnnualNote(), q.medianPayHourlyNote());
    }

    private String wagePeriod(QuickFacts q) {
        return q.wagesReferenceDate() == null ? null : figures.monthYear(q.wagesReferenceDate());
    }

    private String apiUrl(String slug) {
        return site.absolute(OCCUPATIONS_PATH + "/" + slug);
    }

    private OccupationDetail.TabContent tab(ProfileView p, Tab tab) {
        return new OccupationDetail.TabContent(embeds.tabName(tab), tab.label(), p.heading(tab), p.summaryOf(tab),
                p.blocks(tab).stream().map(ApiAssembler::block).toList(),
                new OccupationDetail.TabLinks(site.absolute(p.tabPath(tab)), embeds.tabEmbedUrl(p.slug(), tab)));
    }

    private static OccupationDetail.Block block(ProfileView.Block b) {
        String kind = b.kind() == BlockKind.LIST_ITEM ? "list" : b.kind().name().toLowerCase(Locale.ROOT);
        return new OccupationDetail.Block(kind, b.text(), b.exhibit() == null ? b.label() : null,
                b.kind() == BlockKind.LIST_ITEM ? b.items() : null,
                b.exhibit() == null ? null : camelCase(b.exhibit().name()),
                b.exhibit() == null ? null : b.table(), b.caption());
    }

    /** INDUSTRY_EMPLOYMENT becomes industryEmployment, the name of its field in {@code exhibits}. */
    static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private OccupationDetail.Exhibits exhibits(ProfileView p) {
        return new OccupationDetail.Exhibits(
                p.industryEmployment().stream()
                        .map(i -> new OccupationDetail.IndustryShare(i.industry(), i.sharePercent(), i.table())).toList(),
                p.industryWages().stream()
                        .map(i -> new OccupationDetail.IndustryWage(i.industry(), i.medianWageAnnual(),
                                i.medianWageHourly(), i.table(), i.topCoded())).toList(),
                chart(p.wageChart(), p.wageChart().hourly() ? "USD per hour" : "USD per year"),
                chart(p.outlookChart(), "percent"),
                p.projections().stream().map(r -> new OccupationDetail.Projection(r.title(), r.socCode(),
                        r.employmentBase(), r.employmentProjected(), r.changePercent(), r.changeNumeric(),
                        r.dataUrl())).toList(),
                p.similarOccupations().stream().map(s -> similar(s, wagePeriod(p.quickFacts()))).toList(),
                p.dataTables().stream().map(t -> new OccupationDetail.DataTable(embeds.tabName(t.tab()), t.table(),
                        t.caption(), texts(t.headerRows()), texts(t.rows()), t.notes())).toList());
    }

    private static List<List<String>> texts(List<List<ProfileView.Cell>> rows) {
        return rows.stream().map(row -> row.stream().map(ProfileView.Cell::text).toList()).toList();
    }

    private static OccupationDetail.Chart chart(ProfileView.Chart chart, String unit) {
        return chart.isEmpty() ? null : new OccupationDetail.Chart(chart.title(), chart.subtitle(), unit,
                chart.bars().stream().map(b -> new OccupationDetail.Bar(b.label(), b.value(), b.subject(), b.note())).toList(),
                chart.notes());
    }

    /** A similar occupation; BLS's table gives its pay for the same period as the profile's own. */
    private OccupationDetail.SimilarOccupation similar(ProfileView.OccupationSummary s, String wagePeriod) {
        return new OccupationDetail.SimilarOccupation(s.slug(), s.title(), s.otherName(), s.summaryDuties(),
                Category.of(s.entryEducation()), new Measure(s.medianPayAnnual(), "USD per year", wagePeriod),
                s.medianPayAnnual() == null ? s.medianPayNote() : null, s.profileLoaded(), site.absolute(s.path()), apiUrl(s.slug()));
    }
}

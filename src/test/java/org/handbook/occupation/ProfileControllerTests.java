package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.support.ProfileViews.profile;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.handbook.embed.EmbedLinks;
import org.handbook.glossary.GlossaryService;
import org.handbook.system.Figures;
import org.handbook.system.SiteAddress;
import org.handbook.system.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** The profile controller alone; the site-wide filters have tests of their own. */
@WebMvcTest(controllers = ProfileController.class, excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "org\\.handbook\\..*(Filter|WebConfiguration)"))
@Import({Figures.class, StructuredData.class, EmbedLinks.class, SiteAddress.class})
@EnableConfigurationProperties(SiteProperties.class)
class ProfileControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ProfileService profiles;

    @MockitoBean
    private GlossaryService glossary;

    @BeforeEach
    void setUp() {
        given(profiles.profile("registrars", null)).willReturn(profile("registrars").build());
        given(profiles.profile("assistants", null)).willReturn(profile("assistants").profileLoaded(false).build());
        given(profiles.profile("nobody", null)).willThrow(new OccupationNotFoundException("nobody"));
        given(glossary.bySlug()).willReturn(Map.of("pay", new GlossaryService.Definition(
                "pay", "TAB", "Pay", "The Pay tab describes typical earnings.")));
    }

    @Test
    void summaryIsTheProfilePageWithTheSummaryTabCurrent() throws Exception {
        mvc.perform(get("/healthcare/registrars/"))
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.PROFILE_VIEW))
                .andExpect(model().attribute("tab", Tab.SUMMARY))
                .andExpect(html(page -> {
                    assertThat(page.select("nav[aria-label=Profile tabs] a[aria-current=page]").text()).isEqualTo("Summary");
                    assertThat(page.select("nav[aria-label=Profile tabs] a")).hasSize(9);
                    assertThat(page.select("nav[aria-label=Profile tabs] a").eachAttr("data-bls-tab")).containsExactly(
                            "tab-1", "tab-2", "tab-3", "tab-4", "tab-5", "tab-6", "tab-7", "tab-8", "tab-9");
                    assertThat(page.select("nav[aria-label=Profile tabs] a[target], [data-qa=embed-tabs]")).isEmpty();
                }));
    }

    @Test
    void tabLinksSayWhereTheyLead() throws Exception {
        // Lighthouse's link-text audit flags these English texts, whatever the link's accessible name.
        List<String> generic = List.of("click here", "click this", "go", "here", "information", "learn more",
                "more", "more info", "more information", "right here", "read more", "see more", "start", "this");
        mvc.perform(get("/healthcare/registrars/pay"))
                .andExpect(html(page -> {
                    List<String> texts = page.select("nav[aria-label=Profile tabs] a").eachText();
                    assertThat(texts).containsExactly("Summary", "What They Do", "Work Environment",
                            "How to Become One", "Pay", "Job Outlook", "State & Area Data", "Similar Occupations",
                            "More Information & O*NET");
                    assertThat(texts).noneMatch(text -> generic.contains(text.strip().toLowerCase(Locale.ROOT)));
                }));
    }

    @Test
    void eachTabHasItsOwnUrlAndAboutThisSection() throws Exception {
        mvc.perform(get("/healthcare/registrars/pay"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("tab", Tab.PAY))
                .andExpect(html(page -> {
                    assertThat(page.select("h2#tab-heading").text()).isEqualTo("Pay");
                    assertThat(page.select("details.about-section p").text()).isEqualTo("The Pay tab describes typical earnings.");
                    assertThat(page.select("a[aria-current=page]").attr("href")).isEqualTo("/healthcare/registrars/pay");
                }));
    }

    @Test
    void anOccupationKnownOnlyFromAnotherProfileHasASummaryPageAndNoTabs() throws Exception {
        mvc.perform(get("/healthcare/assistants/"))
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.PARTIAL_VIEW))
                .andExpect(html(page -> assertThat(page.select("nav[aria-label=Profile tabs]")).isEmpty()));
        mvc.perform(get("/healthcare/assistants/pay")).andExpect(status().isNotFound());
        mvc.perform(get("/healthcare/assistants/print")).andExpect(status().isNotFound());
    }

    @Test
    void unknownOccupationOrWrongGroupIsNotFound() throws Exception {
        mvc.perform(get("/healthcare/nobody/")).andExpect(status().isNotFound());
        mvc.perform(get("/management/registrars/")).andExpect(status().isNotFound());
        mvc.perform(get("/healthcare/registrars/salary")).andExpect(status().isNotFound());
        mvc.perform(get("/healthcare/registrars/summary")).andExpect(status().isNotFound());
    }

    @Test
    void blsAddressesAndTheAddressWithoutSlashRedirectPermanently() throws Exception {
        mvc.perform(get("/ooh/healthcare/registrars.htm"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/healthcare/registrars/"));
        mvc.perform(get("/healthcare/registrars"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/healthcare/registrars/"));
    }

    private static ResultMatcher html(Consumer<Document> assertions) {
        return result -> assertions.accept(Jsoup.parse(result.getResponse().getContentAsString()));
    }
}

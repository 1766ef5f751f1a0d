package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The repository's queries, and the entities checked against the schema Flyway makes (the site
 * itself does not validate it at start: it boots Hibernate while Flyway migrates).
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class OccupationRepositoryTests {

    private static final String SEED = "health-information-technologists-and-medical-registrars";

    @Autowired
    private OccupationRepository occupations;

    @Test
    void findsTheSeedProfileWithItsGroupAndTypedQuickFacts() {
        Occupation occupation = occupations.findBySlugAndCurrentTrue(SEED).orElseThrow();

        assertThat(occupation.getTitle()).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(occupation.getGroup().getSlug()).isEqualTo("healthcare");
        assertThat(occupation.getSocCode()).isEqualTo("29-9021");
        assertThat(occupation.getMedianPayAnnual()).isEqualTo(58250);
        assertThat(occupation.getMedianPayHourly()).isEqualByComparingTo("28.01");
        assertThat(occupation.getEntryEducation()).isEqualTo(EducationLevel.ASSOCIATE);
        assertThat(occupation.getEmployment()).isEqualTo(37900);
        assertThat(occupation.getProjectedEmployment()).isEqualTo(44100);
        assertThat(occupation.getOutlookPercent()).isEqualTo(16);
        assertThat(occupation.getOutlookDescriptor()).isEqualTo(OutlookDescriptor.MUCH_FASTER);
        assertThat(occupation.getEmploymentChange()).isEqualTo(6200);
        assertThat(occupation.getOpeningsPerYear()).isEqualTo(3100);
        assertThat(occupation.getWageP10Annual()).isEqualTo(34970);
        assertThat(occupation.getWageP90Annual()).isEqualTo(103380);
    }

    @Test
    void keepsEveryListInPublishedOrder() {
        Occupation occupation = occupations.findBySlugAndCurrentTrue(SEED).orElseThrow();

        assertThat(occupation.getIndustryEmployment()).extracting(IndustryEmployment::getIndustry)
                .containsExactly("Hospitals; state, local, and private", "Offices of physicians",
                        "Management of companies and enterprises", "Professional, scientific, and technical services",
                        "Administrative and support services");
        assertThat(occupation.getIndustryWages()).extracting(IndustryWage::getMedianWageAnnual)
                .containsExactly(73150, 65150, 59760, 57920, 48630);
        assertThat(occupation.getOutlookComparisons()).extracting(OutlookComparison::getPercentChange)
                .containsExactly(16, 11, 3);
        assertThat(occupation.getSimilarOccupations()).extracting(s -> s.getSimilar().getSlug())
                .containsExactly("medical-and-health-services-managers", "medical-assistants",
                        "medical-records-and-health-information-technicians", "medical-transcriptionists");
        List<NarrativeBlock> howTo = occupation.getNarrativeBlocks().stream()
                .filter(b -> b.getTab() == Tab.HOW_TO_BECOME_ONE).toList();
        assertThat(howTo).extracting(NarrativeBlock::getPosition).isSorted();
        assertThat(howTo).filteredOn(b -> b.getKind() == BlockKind.QUALITY).extracting(NarrativeBlock::getLabel)
                .containsExactly("Analytical skills.", "Detail oriented.", "Integrity.", "Interpersonal skills.",
                        "Problem-solving skills.");
    }

    @Test
    void similarOccupationsAreOccupationsOfTheirOwnInTheirGroups() {
        Occupation managers = occupations.findBySlugAndCurrentTrue("medical-and-health-services-managers").orElseThrow();

        assertThat(managers.isProfileLoaded()).isFalse();
        assertThat(managers.getGroup().getSlug()).isEqualTo("management");
        assertThat(managers.getEntryEducation()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(managers.getMedianPayAnnual()).isEqualTo(104830);
        assertThat(managers.getSourceUrl())
                .isEqualTo("https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm");
    }

    @Test
    void findsTheProfilesThatListAnOccupationAsSimilar() {
        Occupation assistants = occupations.findBySlugAndCurrentTrue("medical-assistants").orElseThrow();
        Occupation seed = occupations.findBySlugAndCurrentTrue(SEED).orElseThrow();
        assertThat(occupations.findProfilesListingAsSimilar(assistants.getId()))
                .extracting(Occupation::getSlug).containsExactly(SEED);
        assertThat(occupations.findProfilesListingAsSimilar(seed.getId())).isEmpty();
    }

    @Test
    void theSeedIsTheCurrent2022To32Edition() {
        Occupation seed = occupations.findBySlugAndEditionCode(SEED, "2022-32").orElseThrow();

        assertThat(seed.isCurrent()).isTrue();
        assertThat(seed.getEdition().getReferencePeriod()).isEqualTo("May 2022");
        assertThat(occupations.findEditionsOf(SEED)).containsExactly(seed);
        assertThat(occupations.findBySlugAndEditionCode(SEED, "2024-34")).isEmpty();
    }
}

package org.handbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OccupationListing;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.ProfileView.QuickFacts;
import org.handbook.occupation.WorkExperience;
import org.junit.jupiter.api.Test;

class OccupationFilterTests {

    static final GroupRef HEALTHCARE = new GroupRef("healthcare", "Healthcare");

    static OccupationListing occupation(String title, EducationLevel education, Integer pay, Integer growth, Integer newJobs) {
        return new OccupationListing(title.toLowerCase().replace(' ', '-'), title, null, true, HEALTHCARE,
                new QuickFacts(pay, null, null, null, LocalDate.of(2022, 5, 1), education, WorkExperience.NONE, OnTheJobTraining.NONE,
                        2022, null, 2032, growth, null, newJobs));
    }

    static final OccupationListing ANALYST = occupation("Analyst", EducationLevel.BACHELOR, 80000, 5, 1000);
    static final OccupationListing BAKER = occupation("Baker", EducationLevel.NO_FORMAL_CREDENTIAL, 30000, null, null);
    static final OccupationListing COUNSELOR = occupation("Counselor", EducationLevel.MASTER, 60000, 10, 3000);
    static final List<OccupationListing> ALL = List.of(COUNSELOR, BAKER, ANALYST);

    static OccupationFilter filter(String education, String minPay, String maxPay, String minGrowth) {
        return OccupationFilter.of(null, education, null, null, minPay, maxPay, minGrowth, null, null, null);
    }

    @Test
    void educationCodesMatchAnyOfThemWhateverTheirCase() {
        assertThat(filter("bachelor, MASTER", null, null, null).apply(ALL)).containsExactly(COUNSELOR, ANALYST);
    }

    @Test
    void boundsAreInclusiveAndAnOccupationWithoutTheFigureFailsThem() {
        assertThat(filter(null, "30000", "60000", null).apply(ALL)).containsExactly(COUNSELOR, BAKER);
        assertThat(filter(null, null, null, "0").apply(ALL)).containsExactly(COUNSELOR, ANALYST);
    }

    @Test
    void sortsPutMissingFiguresLastInEitherDirection() {
        assertThat(ALL.stream().sorted(OccupationFilter.sort("growth")).toList()).containsExactly(ANALYST, COUNSELOR, BAKER);
        assertThat(ALL.stream().sorted(OccupationFilter.sort("-jobs")).toList()).containsExactly(COUNSELOR, ANALYST, BAKER);
        assertThat(ALL.stream().sorted(OccupationFilter.sort(null)).toList()).containsExactly(ANALYST, BAKER, COUNSELOR);
        assertThat(ALL.stream().sorted(OccupationFilter.sort("-pay")).toList()).containsExactly(ANALYST, COUNSELOR, BAKER);
    }

    @Test
    void badValuesNameTheirParameter() {
        assertThatThrownBy(() -> filter("DOCTORATE", null, null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("education"));
        assertThatThrownBy(() -> filter(null, "1e5", null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("minPay"));
        assertThatThrownBy(() -> OccupationFilter.sort("+pay"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
    }
}

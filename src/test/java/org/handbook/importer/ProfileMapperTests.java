package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.handbook.importer.ImportedProfile.Block;
import org.handbook.importer.ImportedProfile.ChartBar;
import org.handbook.importer.ImportedProfile.Contact;
import org.handbook.importer.ImportedProfile.IndustryShare;
import org.handbook.importer.ImportedProfile.IndustryWage;
import org.handbook.importer.ImportedProfile.Link;
import org.handbook.importer.ImportedProfile.Projection;
import org.handbook.importer.ImportedProfile.QuickFacts;
import org.handbook.importer.ImportedProfile.SimilarOccupation;
import org.handbook.importer.ImportedProfile.Summary;
import org.handbook.importer.ImportedProfile.WageUnit;
import org.handbook.occupation.BlockKind;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.Tab;
import org.handbook.occupation.WorkExperience;
import org.junit.jupiter.api.Test;

/** The seed profile, laid out as an occupation of the compilation, maps onto what the seed migration holds. */
class ProfileMapperTests {

    private static final String SEED = "Health Information Technologists and Medical Registrars";

    private final OohImport.Result result = ImportFixtures.importFixture();
    private final ImportedProfile seed = ImportFixtures.profile(result, SEED);

    @Test
    void namesAndCodes() {
        assertThat(seed.ref()).isEqualTo(new ProfileRef("healthcare",
                "health-information-technologists-and-medical-registrars"));
        assertThat(seed.title()).isEqualTo(SEED);
        assertThat(seed.fullName()).isEqualTo(SEED);
        assertThat(seed.pluralName()).isEqualTo(SEED);
        assertThat(seed.pluralNoun()).isEqualTo("health information technologists and medical registrars");
        assertThat(seed.singularTitle()).isEqualTo("Health Information Technologist or Medical Registrar");
        assertThat(seed.description()).isEqualTo("Health information technologists and medical registrars advise "
                + "organizations on computerized healthcare systems and analyze clinical data.");
        assertThat(seed.occupationCode()).isEqualTo("B398");
        assertThat(seed.socCodes()).containsExactly("29-9021");
        assertThat(seed.primarySocCode()).isEqualTo("29-9021");
        assertThat(seed.publishDate()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(seed.videoUrl()).isEqualTo("https://www.youtube.com/watch?v=UNnZ3HhoEEA");
        assertThat(seed.sourceUrl()).isEqualTo(
                "https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm");
    }

    @Test
    void quickFactsAreNumbersAndCodes() {
        QuickFacts facts = seed.quickFacts();
        assertThat(facts.medianPayAnnual()).isEqualTo(58250);
        assertThat(facts.medianPayAnnualNote()).isNull();
        assertThat(facts.medianPayHourly()).isEqualByComparingTo("28.01");
        assertThat(facts.medianPayHourlyNote()).isNull();
        assertThat(facts.entryEducation()).isEqualTo(EducationLevel.ASSOCIATE);
        assertThat(facts.workExperience()).isEqualTo(WorkExperience.NONE);
        assertThat(facts.onTheJobTraining()).isEqualTo(OnTheJobTraining.NONE);
        assertThat(facts.employment()).isEqualTo(37900);
        assertThat(facts.outlookPercent()).isEqualTo(16);
        assertThat(facts.outlookDescriptor()).isEqualTo(OutlookDescriptor.MUCH_FASTER);
        assertThat(facts.employmentChange()).isEqualTo(6200);
        assertThat(facts.wageP10Annual()).isEqualTo(34970);
        assertThat(facts.wageP90Annual()).isEqualTo(103380);
        assertThat(facts.openingsPerYear()).isEqualTo(3100);
    }

    @Test
    void hourlyWagePercentilesAreNotReadAsAnnualOnes() {
        String hourly = "The lowest 10 percent earned less than $14.00, and the highest 10 percent earned more than $19.62.";
        String annual = "The lowest 10 percent earned less than $29,120, and the highest 10 percent earned more than $40,810.";

        assertThat(ProfileMapper.firstNumber(ProfileMapper.LOWEST_TENTH, hourly)).isNull();
        assertThat(ProfileMapper.firstNumber(ProfileMapper.HIGHEST_TENTH, hourly)).isNull();
        assertThat(ProfileMapper.firstNumber(ProfileMapper.LOWEST_TENTH, hourly + " " + annual)).isEqualTo(29120);
        assertThat(ProfileMapper.firstNumber(ProfileMapper.HIGHEST_TENTH, annual)).isEqualTo(40810);
    }

    @Test
    void summariesKeepTheirHeadingsApartFromTheirParagraphs() {
        assertThat(seed.photo().alt()).isEqualTo("Health information technologists and medical registrars");
        assertThat(seed.photo().caption()).isEqualTo(
                "Health information technologists and medical registrars work with computerized healthcare systems.");
        assertThat(seed.summaries()).hasSize(9);
        assertThat(seed.summary(Tab.HOW_TO_BECOME_ONE)).containsExactly("Education requirements for health "
                + "information technologists and medical registrars vary. Some workers typically need an associate’s "
                + "degree; others need a bachelor’s or higher degree. Certification may be required or preferred.");
        assertThat(seed.summary(Tab.JOB_OUTLOOK)).containsExactly(
                "Employment of health information technologists and medical registrars is projected to grow 16 "
                        + "percent from 2022 to 2032, much faster than the average for all occupations.",
                "About 3,100 openings for health information technologists and medical registrars are projected "
                        + "each year, on average, over the decade. Many of those openings are expected to result from "
                        + "the need to replace workers who transfer to different occupations or exit the labor force, "
                        + "such as to retire.");
        assertThat(seed.summary(Tab.MORE_INFORMATION)).singleElement().asString().startsWith("Learn more about");
        assertThat(seed.summaries()).filteredOn(summary -> summary.heading() != null)
                .extracting(Summary::tab, Summary::position, Summary::heading).containsExactly(
                        tuple(Tab.WHAT_THEY_DO, 1, "What Health Information Technologists and Medical Registrars Do"),
                        tuple(Tab.WORK_ENVIRONMENT, 1, "Work Environment"),
                        tuple(Tab.HOW_TO_BECOME_ONE, 1,
                                "How to Become a Health Information Technologist or Medical Registrar"),
                        tuple(Tab.PAY, 1, "Pay"),
                        tuple(Tab.JOB_OUTLOOK, 1, "Job Outlook"),
                        tuple(Tab.STATE_AND_AREA_DATA, 1, "State and Area Data"),
                        tuple(Tab.SIMILAR_OCCUPATIONS, 1, "Similar Occupations"),
                        tuple(Tab.MORE_INFORMATION, 1, "More Information, Including Links to O*NET"));
    }

    @Test
    void whatTheyDoBlocksInOrderWithoutMarkupOrScript() {
        assertThat(seed.blocks(Tab.WHAT_THEY_DO)).extracting(Block::position, Block::kind, Block::label)
                .startsWith(tuple(1, BlockKind.PHOTO, "Health information technologists and medical registrars"),
                        tuple(2, BlockKind.PARAGRAPH, null), tuple(3, BlockKind.HEADING, null),
                        tuple(4, BlockKind.PARAGRAPH, null), tuple(5, BlockKind.LIST_ITEM, null));
        assertThat(seed.blocks(Tab.WHAT_THEY_DO)).extracting(Block::text).containsExactly(
                "Health information technologists and medical registrars help to design and develop electronic "
                        + "healthcare systems.",
                "Health information technologists and medical registrars advise organizations on computerized "
                        + "healthcare systems and analyze clinical data.",
                "Duties",
                "Health information technologists and medical registrars typically do the following:",
                "Help to determine requirements for computerized healthcare systems",
                "Evaluate and support implementation of health information systems",
                "Organize and update information in clinical databases or registries",
                "Compile data and generate reports, such as for disease registry or treatment",
                "Track patient outcomes for quality assessment",
                "Validate the integrity of patient data",
                "Ensure privacy, security, and confidentiality of patients' health information",
                "Health information technologists and medical registrars help to design and develop electronic "
                        + "healthcare systems. They abstract, collect, and analyze clinical data related to medical "
                        + "treatment, followup, and results. Their work supports the delivery and improvement of "
                        + "patient care.",
                "Health information technologists apply their knowledge of information technology (IT) and healthcare "
                        + "concepts in a variety of ways. Some specialize in the electronic health records systems used "
                        + "for storing and retrieving patient data, which may include implementing the systems and "
                        + "educating staff on their use. Others analyze healthcare data for a range of purposes, such "
                        + "as for research or to evaluate programs and services.",
                "Medical registrars create and maintain databases of information, such as those used to track a "
                        + "particular disease or condition. For example, cancer registrars collect and analyze "
                        + "information for facility, regional, and national databases of cancer patients. They review "
                        + "patients’ records and pathology reports to verify completeness and accuracy; assign "
                        + "classification codes to represent the diagnosis and treatment of cancers and benign tumors; "
                        + "and track treatment, survival, and recovery.",
                "For information about workers who compile, process, and maintain patient files, see the profile for "
                        + "medical records specialists.");
    }

    @Test
    void workEnvironmentPlacesTheLargestEmployersTable() {
        assertThat(seed.blocks(Tab.WORK_ENVIRONMENT)).extracting(Block::kind, Block::label).containsExactly(
                tuple(BlockKind.PHOTO, "Health information technologists and medical registrars"),
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.EXHIBIT, "INDUSTRY_EMPLOYMENT"),
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.HEADING, null), tuple(BlockKind.PARAGRAPH, null));
        assertThat(seed.blocks(Tab.WORK_ENVIRONMENT).get(3).text()).isEqualTo("Health information technologists "
                + "and medical registrars usually work in an office setting and may spend many hours at a computer.");
        assertThat(seed.industryEmployment()).extracting(IndustryShare::table, IndustryShare::position,
                IndustryShare::industry, share -> share.sharePercent().intValue()).containsExactly(
                tuple(1, 1, "Hospitals; state, local, and private", 50),
                tuple(1, 2, "Offices of physicians", 7),
                tuple(1, 3, "Management of companies and enterprises", 7),
                tuple(1, 4, "Professional, scientific, and technical services", 7),
                tuple(1, 5, "Administrative and support services", 5));
    }

    @Test
    void howToBecomeOneKeepsQualitiesWithTheirLabels() {
        assertThat(seed.blocks(Tab.HOW_TO_BECOME_ONE)).hasSize(19);
        assertThat(seed.blocks(Tab.HOW_TO_BECOME_ONE)).filteredOn(block -> block.kind() == BlockKind.QUALITY)
                .extracting(Block::position, Block::label).containsExactly(tuple(15, "Analytical skills."),
                        tuple(16, "Detail oriented."), tuple(17, "Integrity."), tuple(18, "Interpersonal skills."),
                        tuple(19, "Problem-solving skills."));
        assertThat(seed.blocks(Tab.HOW_TO_BECOME_ONE).get(18).text()).isEqualTo("These workers must be able to "
                + "identify and address issues related to the use of healthcare information systems.");
        assertThat(seed.blocks(Tab.HOW_TO_BECOME_ONE).get(5).text()).isEqualTo("A degree may be in health "
                + "information management or another healthcare and related field or in nonmedical subjects, such as "
                + "computer and information technology.");
    }

    @Test
    void payHasTheChartFirstThenProseAndIndustryWages() {
        assertThat(seed.blocks(Tab.PAY)).extracting(Block::kind, Block::label).containsExactly(
                tuple(BlockKind.EXHIBIT, "WAGE_CHART"), tuple(BlockKind.PARAGRAPH, null),
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.EXHIBIT, "INDUSTRY_WAGES"),
                tuple(BlockKind.PARAGRAPH, null));
        assertThat(seed.blocks(Tab.PAY).get(1).text()).isEqualTo("The median annual wage for health information "
                + "technologists and medical registrars was $58,250 in May 2022. The median wage is the wage at which "
                + "half the workers in an occupation earned more than that amount and half earned less. The lowest "
                + "10 percent earned less than $34,970, and the highest 10 percent earned more than $103,380.");
        assertThat(seed.industryWages()).extracting(IndustryWage::industry, wage -> wage.wage().intValue(),
                IndustryWage::unit).containsExactly(
                tuple("Management of companies and enterprises", 73150, WageUnit.ANNUAL),
                tuple("Professional, scientific, and technical services", 65150, WageUnit.ANNUAL),
                tuple("Administrative and support services", 59760, WageUnit.ANNUAL),
                tuple("Hospitals; state, local, and private", 57920, WageUnit.ANNUAL),
                tuple("Offices of physicians", 48630, WageUnit.ANNUAL));
        assertThat(seed.wageChart().title()).isEqualTo(SEED);
        assertThat(seed.wageChart().subtitle()).isEqualTo("Median annual wages, May 2022");
        assertThat(seed.wageChart().unit()).isEqualTo(WageUnit.ANNUAL);
        assertThat(seed.wageChart().bars()).extracting(ChartBar::label, bar -> bar.value().intValue(),
                ChartBar::subject).containsExactly(
                tuple("Health information technologists and medical registrars", 58250, true),
                tuple("Other healthcare practitioners and technical occupations", 57740, false),
                tuple("Total, all occupations", 46310, false));
        assertThat(seed.wageChart().notes()).containsExactly(
                "Note: All Occupations includes all occupations in the U.S. Economy.",
                "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics");
    }

    @Test
    void jobOutlookHasChartProseAndProjections() {
        assertThat(seed.blocks(Tab.JOB_OUTLOOK)).extracting(Block::kind, Block::label).containsExactly(
                tuple(BlockKind.EXHIBIT, "OUTLOOK_CHART"), tuple(BlockKind.PARAGRAPH, null),
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.HEADING, null), tuple(BlockKind.PARAGRAPH, null),
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.EXHIBIT, "PROJECTIONS"));
        assertThat(seed.outlookChart().bars()).extracting(ChartBar::label, bar -> bar.value().intValue(),
                ChartBar::subject).containsExactly(
                tuple("Health information technologists and medical registrars", 16, true),
                tuple("Other healthcare practitioners and technical occupations", 11, false),
                tuple("Total, all occupations", 3, false));
        assertThat(seed.outlookChart().notes())
                .containsExactly("Source: U.S. Bureau of Labor Statistics, Employment Projections program");
        assertThat(seed.blocks(Tab.JOB_OUTLOOK).get(6).text())
                .isEqualTo("Employment projections data for health information technologists and medical registrars, 2022–32");
        assertThat(seed.projections()).containsExactly(new Projection(1,
                "Health information technologists and medical registrars", "29-9021", 37900, 44100, 16, 6200, 0,
                "https://www.bls.gov/emp/tables/industry-occupation-matrix-occupation.htm"));
    }

    @Test
    void stateAndAreaResourcesWithAbsoluteLinks() {
        assertThat(seed.blocks(Tab.STATE_AND_AREA_DATA)).isEmpty();
        assertThat(seed.stateAreaResources()).extracting(resource -> resource.title(), resource -> resource.linkText(),
                resource -> resource.url()).containsExactly(
                tuple("Occupational Employment and Wage Statistics (OEWS)",
                        "Health Information Technologists and Medical Registrars",
                        "https://www.bls.gov/oes/current/oes299021.htm"),
                tuple("Projections Central", "www.projectionscentral.org", "https://www.projectionscentral.org/"),
                tuple("CareerOneStop", "CareerOneStop", "https://www.careeronestop.org/"));
        assertThat(seed.stateAreaResources().get(0).description()).startsWith("The Occupational Employment and Wage "
                + "Statistics (OEWS) program produces").endsWith("for employment and wages by state and area.");
        assertThat(seed.stateAreaResources().get(0).links()).extracting(Link::url)
                .containsExactly("https://www.bls.gov/oes/", "https://www.bls.gov/oes/current/oes299021.htm");
    }

    @Test
    void similarOccupationsAreReferencesByGroupAndSlug() {
        assertThat(seed.blocks(Tab.SIMILAR_OCCUPATIONS)).extracting(Block::kind, Block::label).containsExactly(
                tuple(BlockKind.PARAGRAPH, null), tuple(BlockKind.EXHIBIT, "SIMILAR_OCCUPATIONS"));
        assertThat(seed.blocks(Tab.SIMILAR_OCCUPATIONS).get(1).text()).isEqualTo("Median Annual Pay, May 2022");
        assertThat(seed.similarOccupations()).extracting(SimilarOccupation::title, SimilarOccupation::ref,
                SimilarOccupation::education, SimilarOccupation::medianPayAnnual).containsExactly(
                tuple("Medical and Health Services Managers",
                        new ProfileRef("management", "medical-and-health-services-managers"), EducationLevel.BACHELOR,
                        104830),
                tuple("Medical Assistants", new ProfileRef("healthcare", "medical-assistants"),
                        EducationLevel.POSTSECONDARY_NONDEGREE, 38270),
                tuple("Medical Records Specialists",
                        new ProfileRef("healthcare", "medical-records-and-health-information-technicians"),
                        EducationLevel.POSTSECONDARY_NONDEGREE, 47180),
                tuple("Medical Transcriptionists", new ProfileRef("healthcare", "medical-transcriptionists"),
                        EducationLevel.POSTSECONDARY_NONDEGREE, 34730));
        SimilarOccupation records = seed.similarOccupations().get(2);
        assertThat(records.otherName()).isEqualTo("Medical records and health information technicians");
        assertThat(records.duties()).isEqualTo("Medical records specialists compile, process, and maintain patient files.");
        assertThat(records.blsUrl()).isEqualTo(
                "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm");
        assertThat(seed.similarOccupations().get(1).duties()).contains("patients’ vital signs");
    }

    @Test
    void moreInformationContactsAndOnet() {
        assertThat(seed.contacts()).containsExactly(
                new Contact(1, "For more information about health information technologists and medical registrars, "
                        + "including details about certification, visit",
                        "American Health Information Management Association", "https://www.ahima.org/", 2),
                new Contact(2, "For a list of accredited training programs, visit",
                        "Commission on Accreditation for Health Informatics and Information Management Education",
                        "https://www.cahiim.org/", 4),
                new Contact(3, "For more information about cancer registrars, including certification requirements "
                        + "and accredited training programs, visit", "National Cancer Registrars Association",
                        "https://www.ncra-usa.org/", 6));
        assertThat(seed.onetLinks()).containsExactly(new Link(SEED, "https://www.onetonline.org/link/summary/29-9021.00"));
        assertThat(seed.blocks(Tab.MORE_INFORMATION)).extracting(Block::text).containsExactly(
                "For more information about health information technologists and medical registrars, including "
                        + "details about certification, visit",
                "American Health Information Management Association",
                "For a list of accredited training programs, visit",
                "Commission on Accreditation for Health Informatics and Information Management Education",
                "For more information about cancer registrars, including certification requirements and accredited "
                        + "training programs, visit",
                "National Cancer Registrars Association");
    }

    @Test
    void topCodedPayKeepsItsNoteAndSeveralSocCodes() {
        ImportedProfile physicians = ImportFixtures.profile(result, "Physicians and Surgeons");
        assertThat(physicians.socCodes()).containsExactly("29-1211", "29-1215", "29-1216");
        assertThat(physicians.videoUrl()).isNull();
        assertThat(physicians.quickFacts().medianPayAnnual()).isNull();
        assertThat(physicians.quickFacts().medianPayAnnualNote())
                .isEqualTo("This wage is equal to or greater than $239,200 per year.");
        assertThat(physicians.quickFacts().medianPayHourly()).isNull();
        assertThat(physicians.quickFacts().medianPayHourlyNote())
                .isEqualTo("This wage is equal to or greater than $115.00 per hour.");
        assertThat(physicians.quickFacts().employmentChange()).isNull();
        assertThat(physicians.quickFacts().onTheJobTraining()).isEqualTo(OnTheJobTraining.INTERNSHIP_RESIDENCY);
        assertThat(physicians.wageChart().bars()).extracting(ChartBar::value, ChartBar::note, ChartBar::subject)
                .containsExactly(tuple(null, "This wage is equal to or greater than $239,200 per year.", true),
                        tuple(new BigDecimal("102610"), null, false));
        assertThat(physicians.similarOccupations()).extracting(SimilarOccupation::medianPayAnnual,
                SimilarOccupation::payNote, SimilarOccupation::educationText, SimilarOccupation::education)
                .containsExactly(tuple(null, "$239,200 or more", "Doctoral or professional degree", EducationLevel.DOCTORAL),
                        tuple(81220, null, "See How to Become One", EducationLevel.SEE_HOW_TO_BECOME_ONE),
                        // the span's title is a sort key ("0 The annual wage is not available."): BLS prints its text
                        tuple(null, "The annual wage is not available.", "See How to Become One",
                                EducationLevel.SEE_HOW_TO_BECOME_ONE));
    }

    @Test
    void aTopCodedWageByIndustryKeepsItsCeiling() {
        ImportedProfile physicians = ImportFixtures.profile(result, "Physicians and Surgeons");
        assertThat(physicians.industryWages()).filteredOn(wage -> wage.table() == 2)
                .extracting(IndustryWage::industry, IndustryWage::wage, IndustryWage::topCoded).containsExactly(
                        tuple("Hospitals; state, local, and private", new BigDecimal("205300"), false),
                        tuple("Offices of physicians", new BigDecimal("198400"), false),
                        tuple("Outpatient care centers", new BigDecimal("239200"), true));
        assertThat(result.report().warnings()).filteredOn(warning -> warning.occupation().equals("Physicians and Surgeons"))
                .extracting(ImportIssue::element).doesNotContain("pay/section_body", "similar_occupations/section_body");
    }

    @Test
    void moreInformationKeepsEverySentenceWithItsLinksAndEveryOnetLink() {
        ImportedProfile physicians = ImportFixtures.profile(result, "Physicians and Surgeons");
        assertThat(physicians.blocks(Tab.MORE_INFORMATION)).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, "For information about certifications, visit CareerOneStop."),
                tuple(BlockKind.HEADING, "Occupational Requirements Survey"),
                tuple(BlockKind.PARAGRAPH, "For a profile highlighting selected BLS data on occupational requirements, see"),
                tuple(BlockKind.PARAGRAPH, "Physicians and surgeons (PDF)"),
                tuple(BlockKind.HEADING, "CareerOneStop"),
                tuple(BlockKind.PARAGRAPH, "For a career video on semiconductor processing technicians, visit"),
                // a link straight in the body, in no paragraph (as in Semiconductor Processing Technicians)
                tuple(BlockKind.PARAGRAPH, "Semiconductor Processing Technicians"));
        assertThat(physicians.contacts()).containsExactly(
                new Contact(1, "For information about certifications, visit", "CareerOneStop",
                        "https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx", 1),
                new Contact(2, "For a profile highlighting selected BLS data on occupational requirements, see",
                        "Physicians and surgeons", "https://www.bls.gov/ors/factsheet/pdf/physicians-and-surgeons.pdf", 4),
                new Contact(3, "For a career video on semiconductor processing technicians, visit",
                        "Semiconductor Processing Technicians",
                        "https://www.careeronestop.org/Videos/careeronestop-videos.aspx?videocode=5191410", 7));
        assertThat(physicians.onetLinks()).containsExactly(
                new Link("Anesthesiologists", "https://www.onetonline.org/link/summary/29-1211.00"),
                new Link("Family Medicine Physicians", "https://www.onetonline.org/link/summary/29-1215.00"),
                new Link("General Internal Medicine Physicians", "https://www.onetonline.org/link/summary/29-1216.00"));
    }

    @Test
    void projectionRowsKeepAggregatesAndSubRows() {
        ImportedProfile physicians = ImportFixtures.profile(result, "Physicians and Surgeons");
        assertThat(physicians.projections()).containsExactly(
                new Projection(1, "Physicians and surgeons", null, 815000, 840400, 3, 25400, 0, null),
                new Projection(2, "Physicians, all other", "29-1229", 460100, 471100, 2, 11000, 1,
                        "https://data.bls.gov/projections/nationalMatrix?queryParams=29-1229&ioType=o"),
                new Projection(3, "Surgeons, all other", "29-1249", 45500, null, -1, -200, 2, "https://www.bls.gov/emp/"));
    }

    @Test
    void negativeOutlookHourlyWagesAndSubjectFoundByColourOrName() {
        ImportedProfile transcriptionists = ImportFixtures.profile(result, "Medical Transcriptionists");
        assertThat(transcriptionists.quickFacts().outlookPercent()).isEqualTo(-5);
        assertThat(transcriptionists.quickFacts().outlookDescriptor()).isEqualTo(OutlookDescriptor.DECLINE);
        assertThat(transcriptionists.quickFacts().employmentChange()).isEqualTo(-2700);
        assertThat(transcriptionists.quickFacts().employment()).isNull();
        assertThat(transcriptionists.quickFacts().workExperience()).isNull();
        assertThat(transcriptionists.quickFacts().onTheJobTraining()).isEqualTo(OnTheJobTraining.SEE_HOW_TO_BECOME_ONE);
        assertThat(transcriptionists.pluralNoun()).isEqualTo("medical transcriptionists");
        assertThat(transcriptionists.industryWages()).extracting(IndustryWage::wage, IndustryWage::unit)
                .containsExactly(tuple(new BigDecimal("17.94"), WageUnit.HOURLY),
                        tuple(new BigDecimal("15.10"), WageUnit.HOURLY));
        assertThat(transcriptionists.outlookChart().bars()).extracting(ChartBar::label, ChartBar::value,
                ChartBar::subject).containsExactly(tuple("Total, all occupations", new BigDecimal("3"), false),
                tuple("Medical transcriptionists", new BigDecimal("-5"), true));
    }

    @Test
    void aProfileWithNoSocCodeNoQuickFactsAndOtherTables() {
        ImportedProfile military = ImportFixtures.profile(result, "Military Careers");
        assertThat(military.ref()).isEqualTo(new ProfileRef("military", "military-careers"));
        assertThat(military.socCodes()).isEmpty();
        assertThat(military.primarySocCode()).isNull();
        assertThat(military.quickFacts()).isEqualTo(QuickFacts.NONE);
        assertThat(military.photo()).isNull();
        assertThat(military.summaries()).isEmpty();
        assertThat(military.pluralNoun()).isEqualTo("Members of the Armed Forces");
        assertThat(military.wageChart()).isNull();
        assertThat(military.projections()).isEmpty();
        assertThat(military.blocks(Tab.WHAT_THEY_DO)).extracting(Block::kind, Block::label, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, null,
                        "The rest are officers—military leaders who manage operations and enlisted personnel."),
                tuple(BlockKind.PARAGRAPH, null, "Loose text with a nurse link"),
                tuple(BlockKind.EXHIBIT, "DATA_TABLES", null));
        assertThat(military.tables()).singleElement().satisfies(table -> {
            assertThat(table.caption()).isEqualTo("Table 1. Active-duty personnel");
            assertThat(table.headerRows()).containsExactly(java.util.List.of("Group", "Army"));
            assertThat(table.rows()).containsExactly(java.util.List.of("Enlisted:"),
                    java.util.List.of("Administrative", "4,920"));
            assertThat(table.notes()).containsExactly("Source: Department of Defense");
        });
        // a link in the middle of a sentence keeps the words after it: the paragraph is a block, the link placed in it
        assertThat(military.contacts()).extracting(Contact::introduction, Contact::organization, Contact::url,
                        Contact::blockPosition)
                .containsExactly(
                        tuple("For more information on the individual services, visit", "U.S. Air Force",
                                "https://www.af.mil/", 3),
                        tuple("For more information on the individual services, visit", "U.S. Army",
                                "https://www.army.mil/", 4),
                        tuple("Find fact sheets at the", "BLS page", "https://www.bls.gov/ooh/military/", 5));
        assertThat(military.blocks(Tab.MORE_INFORMATION)).extracting(Block::text).containsExactly(
                "Each of the military services publishes handbooks.",
                "For more information on the individual services, visit",
                "U.S. Air Force",
                "U.S. Army",
                "Find fact sheets at the BLS page on the military.");
        assertThat(military.onetLinks()).isEmpty();
    }
}

package org.handbook.occupation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/**
 * One occupational profile: its quick facts as typed columns and the parts of every tab as
 * ordered child rows. An occupation with {@code profileLoaded == false} is known only from
 * another profile's similar-occupations table (duties, education, pay).
 */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    /** The row the site serves for this slug; rows of earlier editions are kept, not current. */
    @Column(name = "is_current")
    private boolean current;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private OccupationGroup group;

    private String title;

    private String singularTitle;

    private String pluralNoun;

    private String otherName;

    /** The first of {@link #socCodes}, or null. */
    private String socCode;

    /** Every SOC code the profile covers, in BLS's order: none (Military Careers), one, or many. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "occupation_soc_code", joinColumns = @JoinColumn(name = "occupation_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "soc_code")
    private List<String> socCodes = new ArrayList<>();

    private boolean profileLoaded;

    private String summaryDuties;

    /** BLS's titles of the Pay and Job Outlook charts and the lines under them (joined by "\n"); null when BLS gave none. */
    private String wageChartTitle;

    private String wageChartNote;

    private String outlookChartTitle;

    private String outlookChartNote;

    @Enumerated(EnumType.STRING)
    private EducationLevel entryEducation;

    @Enumerated(EnumType.STRING)
    private WorkExperience workExperience;

    @Enumerated(EnumType.STRING)
    private OnTheJobTraining onTheJobTraining;

    private Integer medianPayAnnual;

    private BigDecimal medianPayHourly;

    /** BLS's sentence for a top-coded annual wage, in place of the figure. */
    private String medianPayAnnualNote;

    private String medianPayHourlyNote;

    private Integer wageP10Annual;

    private Integer wageP90Annual;

    private LocalDate wagesReferenceDate;

    private Integer employmentBaseYear;

    private Integer employment;

    private Integer projectionEndYear;

    private Integer projectedEmployment;

    private Integer outlookPercent;

    @Enumerated(EnumType.STRING)
    private OutlookDescriptor outlookDescriptor;

    private Integer employmentChange;

    private Integer openingsPerYear;

    private String sourceUrl;

    private String videoTranscriptUrl;

    private LocalDate citationVisitedDate;

    private LocalDate lastModifiedDate;

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("tab, position")
    private List<TabSummary> tabSummaries = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("tab, position")
    private List<NarrativeBlock> narrativeBlocks = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<IndustryEmployment> industryEmployment = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<IndustryWage> industryWages = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<WageComparison> wageComparisons = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<OutlookComparison> outlookComparisons = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<ProjectionRow> projectionRows = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<StateAreaResource> stateAreaResources = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<OnetLink> onetLinks = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("position")
    private List<SimilarOccupation> similarOccupations = new ArrayList<>();

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "occupation_id")
    @OrderBy("tab, table, rowIndex, columnIndex")
    private List<DataTableCell> dataTableCells = new ArrayList<>();

    protected Occupation() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Edition getEdition() {
        return edition;
    }

    public boolean isCurrent() {
        return current;
    }

    public OccupationGroup getGroup() {
        return group;
    }

    public String getTitle() {
        return title;
    }

    public String getSingularTitle() {
        return singularTitle;
    }

    public String getPluralNoun() {
        return pluralNoun;
    }

    public String getOtherName() {
        return otherName;
    }

    public String getSocCode() {
        return socCode;
    }

    public List<String> getSocCodes() {
        return socCodes;
    }

    public boolean isProfileLoaded() {
        return profileLoaded;
    }

    public String getSummaryDuties() {
        return summaryDuties;
    }

    public String getWageChartTitle() {
        return wageChartTitle;
    }

    public String getWageChartNote() {
        return wageChartNote;
    }

    public String getOutlookChartTitle() {
        return outlookChartTitle;
    }

    public String getOutlookChartNote() {
        return outlookChartNote;
    }

    public EducationLevel getEntryEducation() {
        return entryEducation;
    }

    public WorkExperience getWorkExperience() {
        return workExperience;
    }

    public OnTheJobTraining getOnTheJobTraining() {
        return onTheJobTraining;
    }

    public Integer getMedianPayAnnual() {
        return medianPayAnnual;
    }

    public BigDecimal getMedianPayHourly() {
        return medianPayHourly;
    }

    public String getMedianPayAnnualNote() {
        return medianPayAnnualNote;
    }

    public String getMedianPayHourlyNote() {
        return medianPayHourlyNote;
    }

    public Integer getWageP10Annual() {
        return wageP10Annual;
    }

    public Integer getWageP90Annual() {
        return wageP90Annual;
    }

    public LocalDate getWagesReferenceDate() {
        return wagesReferenceDate;
    }

    public Integer getEmploymentBaseYear() {
        return employmentBaseYear;
    }

    public Integer getEmployment() {
        return employment;
    }

    public Integer getProjectionEndYear() {
        return projectionEndYear;
    }

    public Integer getProjectedEmployment() {
        return projectedEmployment;
    }

    public Integer getOutlookPercent() {
        return outlookPercent;
    }

    public OutlookDescriptor getOutlookDescriptor() {
        return outlookDescriptor;
    }

    public Integer getEmploymentChange() {
        return employmentChange;
    }

    public Integer getOpeningsPerYear() {
        return openingsPerYear;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getVideoTranscriptUrl() {
        return videoTranscriptUrl;
    }

    public LocalDate getCitationVisitedDate() {
        return citationVisitedDate;
    }

    public LocalDate getLastModifiedDate() {
        return lastModifiedDate;
    }

    public List<TabSummary> getTabSummaries() {
        return tabSummaries;
    }

    public List<NarrativeBlock> getNarrativeBlocks() {
        return narrativeBlocks;
    }

    public List<IndustryEmployment> getIndustryEmployment() {
        return industryEmployment;
    }

    public List<IndustryWage> getIndustryWages() {
        return industryWages;
    }

    public List<WageComparison> getWageComparisons() {
        return wageComparisons;
    }

    public List<OutlookComparison> getOutlookComparisons() {
        return outlookComparisons;
    }

    public List<ProjectionRow> getProjectionRows() {
        return projectionRows;
    }

    public List<StateAreaResource> getStateAreaResources() {
        return stateAreaResources;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<OnetLink> getOnetLinks() {
        return onetLinks;
    }

    public List<SimilarOccupation> getSimilarOccupations() {
        return similarOccupations;
    }

    public List<DataTableCell> getDataTableCells() {
        return dataTableCells;
    }
}

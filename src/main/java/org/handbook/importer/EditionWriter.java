package org.handbook.importer;

import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbook.importer.ImportedProfile.Block;
import org.handbook.importer.ImportedProfile.ChartBar;
import org.handbook.importer.ImportedProfile.SimilarOccupation;
import org.handbook.importer.ImportedProfile.WageUnit;
import org.handbook.system.DataChangeWatcher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one imported edition into the database in ONE transaction: the edition row, the groups
 * the profiles' addresses name, every profile as an occupation of the new edition with all its
 * child rows, the occupations its similar-occupations tables link to that are not in the file (as
 * partial occupations, like the seed's four), and the current flags. Any failure rolls all of it
 * back. Rows go in with JDBC batches: the whole Handbook is some 100,000 rows.
 */
@Component
public class EditionWriter {

    private static final int BATCH = 500;

    /**
     * How the source of an edition loaded from the file the site ships begins: such an edition is
     * replaced by an import of the same edition from another file (BLS's official one).
     */
    static final String BUNDLED_SOURCE = "bundled ";

    /** The tables holding an occupation's rows, deleted with a replaced edition. */
    private static final List<String> CHILD_TABLES = List.of("occupation_soc_code", "tab_summary", "narrative_block",
            "industry_employment", "industry_wage", "wage_comparison", "outlook_comparison", "projection_row",
            "state_area_resource", "contact", "onet_link", "similar_occupation", "data_table_cell");

    /** The Handbook's occupation groups as BLS titles them; a group not listed gets a title from its slug. */
    private static final Map<String, String> GROUP_TITLES = Map.ofEntries(
            Map.entry("architecture-and-engineering", "Architecture and Engineering"),
            Map.entry("arts-and-design", "Arts and Design"),
            Map.entry("building-and-grounds-cleaning", "Building and Grounds Cleaning"),
            Map.entry("business-and-financial", "Business and Financial"),
            Map.entry("community-and-social-service", "Community and Social Service"),
            Map.entry("computer-and-information-technology", "Computer and Information Technology"),
            Map.entry("construction-and-extraction", "Construction and Extraction"),
            Map.entry("education-training-and-library", "Education, Training, and Library"),
            Map.entry("entertainment-and-sports", "Entertainment and Sports"),
            Map.entry("farming-fishing-and-forestry", "Farming, Fishing, and Forestry"),
            Map.entry("food-preparation-and-serving", "Food Preparation and Serving"),
            Map.entry("healthcare", "Healthcare"),
            Map.entry("installation-maintenance-and-repair", "Installation, Maintenance, and Repair"),
            Map.entry("legal", "Legal"),
            Map.entry("life-physical-and-social-science", "Life, Physical, and Social Science"),
            Map.entry("management", "Management"),
            Map.entry("math", "Math"),
            Map.entry("media-and-communication", "Media and Communication"),
            Map.entry("military", "Military"),
            Map.entry("office-and-administrative-support", "Office and Administrative Support"),
            Map.entry("personal-care-and-service", "Personal Care and Service"),
            Map.entry("production", "Production"),
            Map.entry("protective-service", "Protective Service"),
            Map.entry("sales", "Sales"),
            Map.entry("transportation-and-material-moving", "Transportation and Material Moving"));

    private static final String INSERT_OCCUPATION = """
            insert into occupation (edition_id, is_current, slug, group_id, title, singular_title, plural_noun,
                other_name, soc_code, profile_loaded, summary_duties, entry_education, work_experience,
                on_the_job_training, median_pay_annual, median_pay_annual_note, median_pay_hourly,
                median_pay_hourly_note, wage_p10_annual, wage_p90_annual, wages_reference_date,
                employment_base_year, employment, projection_end_year, projected_employment, outlook_percent,
                outlook_descriptor, employment_change, openings_per_year, source_url, video_transcript_url,
                onet_title, onet_url, citation_visited_date, last_modified_date, wage_chart_title, wage_chart_note,
                outlook_chart_title, outlook_chart_note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?)""";
    private static final int[] OCCUPATION_TYPES = {Types.BIGINT, Types.BOOLEAN, Types.VARCHAR, Types.BIGINT,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR,
        Types.INTEGER, Types.INTEGER, Types.DATE, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
        Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DataChangeWatcher watcher;

    EditionWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DataChangeWatcher watcher) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.watcher = watcher;
    }

    /** What a write did. */
    public enum Status {
        /** The edition was added and its rows are current. */
        LOADED,
        /** The same file was imported before: nothing changed. */
        UNCHANGED,
        /** The edition exists from another file, or the file names no edition: nothing changed. */
        REFUSED
    }

    /**
     * @param occupations loaded profiles written
     * @param partial occupations known only from similar-occupations tables, written as partial rows
     * @param groups groups created
     * @param notes what was left out of the file's data, for the summary
     */
    public record Outcome(Status status, String edition, String message, int occupations, int partial, int groups,
                          List<String> notes) {
    }

    /**
     * Writes the result of a read as one new edition. {@code source} (file name or URL) and
     * {@code contentHash} (SHA-256 of the file, hex) are kept with the edition. Afterwards this
     * instance serves the new data at once (other instances notice within their check interval).
     */
    public Outcome write(OohImport.Result result, String source, String contentHash) {
        Outcome outcome = transactions.execute(status -> new Write(jdbc, result, source, contentHash).run());
        if (outcome != null && outcome.status() == Status.LOADED) {
            watcher.check();
        }
        return outcome;
    }

    /**
     * Writes on a connection whose transaction the caller holds and commits (the bundled edition's
     * Flyway migration, so that the edition and the migration's record commit together).
     */
    static Outcome writeOn(Connection connection, OohImport.Result result, String source, String contentHash) {
        return new Write(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), result, source,
                contentHash).run();
    }

    private static final class Write {

        private final JdbcTemplate jdbc;
        private final OohImport.Result result;
        private final String source;
        private final String contentHash;
        private final String code;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Long> groupIds = new HashMap<>();
        private int groupsCreated;
        private long editionId;

        Write(JdbcTemplate jdbc, OohImport.Result result, String source, String contentHash) {
            this.jdbc = jdbc;
            this.result = result;
            this.source = source;
            this.contentHash = contentHash;
            this.code = result.header() == null ? null : result.header().editionName();
        }

        Outcome run() {
            if (code == null) {
                return refused("The file names no edition (current_year and projection_year are needed).");
            }
            List<Map<String, Object>> same = jdbc.queryForList(
                    "select code, imported_at from edition where content_hash = ?", contentHash);
            if (!same.isEmpty()) {
                return new Outcome(Status.UNCHANGED, code, "This file was imported already (edition "
                        + same.get(0).get("code") + ", " + same.get(0).get("imported_at") + "): nothing changed.",
                        0, 0, 0, List.of());
            }
            List<Map<String, Object>> loaded = jdbc.queryForList("select id, source from edition where code = ?", code);
            if (!loaded.isEmpty()) {
                String loadedFrom = (String) loaded.get(0).get("source");
                if (!loadedFrom.startsWith(BUNDLED_SOURCE)) {
                    return refused("Edition " + code + " is already loaded, from another file (" + loadedFrom
                            + "); an edition is imported once.");
                }
                // The copy the site ships gives way to the same edition from BLS's own file.
                deleteEdition(((Number) loaded.get(0).get("id")).longValue());
                notes.add("The bundled copy of edition " + code + " was replaced by this file");
            }
            editionId = insertEdition();
            loadGroups();
            List<ImportedProfile> profiles = result.profiles();
            List<Object[]> rows = new ArrayList<>();
            for (ImportedProfile profile : profiles) {
                rows.add(occupation(profile));
            }
            Map<String, SimilarOccupation> partials = partials(profiles);
            for (SimilarOccupation similar : partials.values()) {
                rows.add(partial(similar));
            }
            batch(INSERT_OCCUPATION, rows, OCCUPATION_TYPES);
            settleCurrentRows();
            orderGroups();
            Map<String, Long> ids = new HashMap<>();
            jdbc.query("select slug, id from occupation where edition_id = ?",
                    row -> {
                        ids.put(row.getString(1), row.getLong(2));
                    }, editionId);
            children(profiles, ids);
            Integer current = jdbc.queryForObject("select count(*) from occupation where edition_id = ? and is_current"
                    + " and profile_loaded", Integer.class, editionId);
            return new Outcome(Status.LOADED, code, "Edition " + code + " loaded; " + current + " of its profiles are current.",
                    profiles.size(), partials.size(), groupsCreated, List.copyOf(notes));
        }

        /**
         * Per slug the site serves one row: the profile of the newest edition that has one, else the
         * partial row of the newest edition (a partial row never hides a profile). So an edition imported
         * after a newer one, such as the bundled edition after an operator's newer import, stays earlier.
         * The rows come in rising order, so the last one per slug is the one to serve; every slug is
         * settled, a few thousand rows at most.
         */
        private void settleCurrentRows() {
            Map<String, Long> best = new HashMap<>();
            jdbc.query("""
                    select o.slug, o.id from occupation o join edition e on e.id = o.edition_id
                    order by o.profile_loaded, coalesce(e.base_year, 0), e.id""",
                    row -> {
                        best.put(row.getString(1), row.getLong(2));
                    });
            jdbc.update("update occupation set is_current = false where is_current = true");
            batch("update occupation set is_current = true where id = ?",
                    best.values().stream().map(id -> new Object[] {id}).toList(), Types.BIGINT);
        }

        /** The groups in BLS's order, alphabetical, as its home page lists them; new ones were added last. */
        private void orderGroups() {
            List<Long> ids = jdbc.queryForList("select id from occupation_group order by title", Long.class);
            List<Object[]> positions = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                positions.add(new Object[] {i + 1, ids.get(i)});
            }
            batch("update occupation_group set position = ? where id = ?", positions, Types.INTEGER, Types.BIGINT);
        }

        private void deleteEdition(long id) {
            List<Object[]> occupations = jdbc.queryForList("select id from occupation where edition_id = ?", Long.class, id)
                    .stream().map(occupation -> new Object[] {occupation}).toList();
            for (String table : CHILD_TABLES) {
                batch("delete from " + table + " where occupation_id = ?", occupations, Types.BIGINT);
            }
            batch("delete from similar_occupation where similar_occupation_id = ?", occupations, Types.BIGINT);
            jdbc.update("delete from occupation where edition_id = ?", id);
            jdbc.update("delete from edition where id = ?", id);
        }

        private Outcome refused(String message) {
            return new Outcome(Status.REFUSED, code, message, 0, 0, 0, List.of());
        }

        private long insertEdition() {
            EditionHeader header = result.header();
            jdbc.update("""
                    insert into edition (code, reference_period, base_year, projection_year, last_updated, source,
                        content_hash, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    code, header.referencePeriod(), header.currentYear(), header.projectionYear(),
                    header.lastUpdated() == null ? null : Date.valueOf(header.lastUpdated()),
                    source, contentHash, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            return jdbc.queryForObject("select id from edition where code = ?", Long.class, code);
        }

        private void loadGroups() {
            jdbc.query("select slug, id from occupation_group", row -> {
                groupIds.put(row.getString(1), row.getLong(2));
            });
        }

        private long group(String slug) {
            Long id = groupIds.get(slug);
            if (id == null) {
                Integer position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from occupation_group",
                        Integer.class);
                jdbc.update("insert into occupation_group (slug, title, position) values (?, ?, ?)",
                        slug, GROUP_TITLES.getOrDefault(slug, titleOf(slug)), position);
                id = jdbc.queryForObject("select id from occupation_group where slug = ?", Long.class, slug);
                groupIds.put(slug, id);
                groupsCreated++;
            }
            return id;
        }

        private Object[] occupation(ImportedProfile p) {
            ImportedProfile.QuickFacts q = p.quickFacts();
            EditionHeader header = result.header();
            ImportedProfile.Link onet = p.onetLinks().isEmpty() ? null : p.onetLinks().get(0);
            Integer projected = q.employment() == null || q.employmentChange() == null ? null
                    : q.employment() + q.employmentChange();
            return new Object[] {editionId, false, p.ref().slug(), group(p.ref().group()), p.title(),
                p.singularTitle(), pluralNoun(p.pluralNoun(), p.title()), null, p.primarySocCode(), true,
                p.description() == null ? "" : p.description(), name(q.entryEducation()), name(q.workExperience()),
                name(q.onTheJobTraining()), q.medianPayAnnual(), q.medianPayAnnualNote(), q.medianPayHourly(),
                q.medianPayHourlyNote(), q.wageP10Annual(), q.wageP90Annual(), wagesDate(),
                header.currentYear(), q.employment(), header.projectionYear(), projected, q.outlookPercent(),
                name(q.outlookDescriptor()), q.employmentChange(), q.openingsPerYear(),
                p.sourceUrl() == null ? p.ref().blsUrl() : p.sourceUrl(), p.videoUrl(),
                onet == null ? null : onet.text(), onet == null ? null : onet.url(), null,
                p.publishDate() == null ? null : Date.valueOf(p.publishDate()),
                chartTitle(p.wageChart()), chartNote(p.wageChart()), chartTitle(p.outlookChart()),
                chartNote(p.outlookChart())};
        }

        private Object[] partial(SimilarOccupation s) {
            return new Object[] {editionId, false, s.ref().slug(), group(s.ref().group()), s.title(), null,
                s.title().toLowerCase(Locale.ROOT), s.otherName(), null, false, s.duties() == null ? "" : s.duties(),
                name(s.education()), null, null, s.medianPayAnnual(), s.payNote(), null, null, null, null,
                wagesDate(), null, null, null, null, null, null, null, null,
                s.blsUrl() == null ? s.ref().blsUrl() : s.blsUrl(), null, null, null, null, null, null, null, null,
                null};
        }

        private Date wagesDate() {
            EditionHeader header = result.header();
            return header.referenceMonth() == null ? null : Date.valueOf(header.referenceMonth().atDay(1));
        }

        /** The similar occupations the file links to but does not hold, once each, first mention wins. */
        private Map<String, SimilarOccupation> partials(List<ImportedProfile> profiles) {
            Set<String> inFile = new HashSet<>();
            profiles.forEach(p -> inFile.add(p.ref().slug()));
            Map<String, SimilarOccupation> partials = new LinkedHashMap<>();
            for (ImportedProfile p : profiles) {
                for (SimilarOccupation s : p.similarOccupations()) {
                    if (s.ref() != null && !inFile.contains(s.ref().slug())) {
                        partials.putIfAbsent(s.ref().slug(), s);
                    }
                }
            }
            return partials;
        }

        private void children(List<ImportedProfile> profiles, Map<String, Long> ids) {
            List<Object[]> socCodes = new ArrayList<>();
            List<Object[]> summaries = new ArrayList<>();
            List<Object[]> blocks = new ArrayList<>();
            List<Object[]> shares = new ArrayList<>();
            List<Object[]> wages = new ArrayList<>();
            List<Object[]> wageBars = new ArrayList<>();
            List<Object[]> outlookBars = new ArrayList<>();
            List<Object[]> projections = new ArrayList<>();
            List<Object[]> resources = new ArrayList<>();
            List<Object[]> contacts = new ArrayList<>();
            List<Object[]> onetLinks = new ArrayList<>();
            List<Object[]> similar = new ArrayList<>();
            List<Object[]> cells = new ArrayList<>();
            for (ImportedProfile p : profiles) {
                long id = ids.get(p.ref().slug());
                for (int code = 0; code < p.socCodes().size(); code++) {
                    socCodes.add(new Object[] {id, code + 1, p.socCodes().get(code)});
                }
                p.summaries().forEach(s -> summaries.add(new Object[] {id, s.tab().name(), s.position(), s.text(),
                    s.heading()}));
                blocks(p, id, blocks);
                p.tables().forEach(table -> cells(id, table, cells));
                int position = 0;
                for (ImportedProfile.IndustryShare share : p.industryEmployment()) {
                    if (share.sharePercent() == null) {
                        notes.add(p.title() + ": largest employers row \"" + share.industry() + "\" has no figure; not kept");
                        continue;
                    }
                    shares.add(new Object[] {id, share.table(), ++position, share.industry(), share.sharePercent()});
                }
                position = 0;
                for (ImportedProfile.IndustryWage wage : p.industryWages()) {
                    if (wage.wage() == null) {
                        notes.add(p.title() + ": wages by industry row \"" + wage.industry() + "\" has no figure; not kept");
                        continue;
                    }
                    boolean hourly = wage.unit() == WageUnit.HOURLY;
                    wages.add(new Object[] {id, wage.table(), ++position, wage.industry(),
                        hourly ? null : wage.wage().setScale(0, RoundingMode.HALF_UP).intValue(),
                        hourly ? wage.wage() : null, wage.topCoded()});
                }
                position = 0;
                for (ImportedProfile.Link link : p.onetLinks()) {
                    onetLinks.add(new Object[] {id, ++position, link.text(), link.url()});
                }
                if (p.wageChart() != null) {
                    wageBars(p.wageChart(), id, wageBars);
                }
                if (p.outlookChart() != null) {
                    outlookBars(p, p.outlookChart().bars(), id, outlookBars);
                }
                position = 0;
                for (ImportedProfile.Projection row : p.projections()) {
                    if (row.employmentBase() == null || row.employmentProjected() == null
                            || row.changePercent() == null || row.changeNumeric() == null) {
                        notes.add(p.title() + ": projections row \"" + row.title() + "\" lacks a figure; not kept");
                        continue;
                    }
                    projections.add(new Object[] {id, ++position, row.title(), row.socCode(), row.employmentBase(),
                        row.employmentProjected(), row.changePercent(), row.changeNumeric(), row.dataUrl()});
                }
                position = 0;
                for (ImportedProfile.StateAreaResource r : p.stateAreaResources()) {
                    if (r.url() == null) {
                        notes.add(p.title() + ": State & Area resource \"" + r.title() + "\" has no link; not kept");
                        continue;
                    }
                    resources.add(new Object[] {id, ++position, r.title(), orEmpty(r.description()),
                        r.linkText() == null ? r.url() : r.linkText(), r.url()});
                }
                position = 0;
                for (ImportedProfile.Contact c : p.contacts()) {
                    if (c.url() == null || c.organization() == null) {
                        continue;
                    }
                    contacts.add(new Object[] {id, ++position, orEmpty(c.introduction()), c.organization(), c.url(),
                        c.blockPosition()});
                }
                position = 0;
                for (SimilarOccupation s : p.similarOccupations()) {
                    Long target = s.ref() == null ? null : ids.get(s.ref().slug());
                    if (target == null) {
                        notes.add(p.title() + ": similar occupation \"" + s.title() + "\" has no Handbook address; not kept");
                        continue;
                    }
                    similar.add(new Object[] {id, ++position, target, s.payNote(), s.duties()});
                }
            }
            int b = Types.BIGINT;
            int i = Types.INTEGER;
            int v = Types.VARCHAR;
            int n = Types.NUMERIC;
            batch("insert into occupation_soc_code (occupation_id, position, soc_code) values (?, ?, ?)",
                    socCodes, b, i, v);
            batch("insert into tab_summary (occupation_id, tab, position, text, heading) values (?, ?, ?, ?, ?)",
                    summaries, b, v, i, v, v);
            batch("insert into narrative_block (occupation_id, tab, position, kind, label, text) values (?, ?, ?, ?, ?, ?)",
                    blocks, b, v, i, v, v, v);
            batch("insert into industry_employment (occupation_id, table_number, position, industry, share_percent)"
                    + " values (?, ?, ?, ?, ?)", shares, b, i, i, v, n);
            batch("insert into industry_wage (occupation_id, table_number, position, industry, median_wage_annual,"
                    + " median_wage_hourly, top_coded) values (?, ?, ?, ?, ?, ?, ?)", wages, b, i, i, v, i, n,
                    Types.BOOLEAN);
            batch("insert into wage_comparison (occupation_id, position, label, median_wage_annual, median_wage_hourly,"
                    + " note, is_subject) values (?, ?, ?, ?, ?, ?, ?)", wageBars, b, i, v, i, n, v, Types.BOOLEAN);
            batch("insert into outlook_comparison (occupation_id, position, label, percent_change, is_subject)"
                    + " values (?, ?, ?, ?, ?)", outlookBars, b, i, v, i, Types.BOOLEAN);
            batch("insert into projection_row (occupation_id, position, title, soc_code, employment_base,"
                    + " employment_projected, change_percent, change_numeric, data_url) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    projections, b, i, v, v, i, i, i, i, v);
            batch("insert into state_area_resource (occupation_id, position, title, description, link_text, url)"
                    + " values (?, ?, ?, ?, ?, ?)", resources, b, i, v, v, v, v);
            batch("insert into contact (occupation_id, position, introduction, organization, url, block_position)"
                    + " values (?, ?, ?, ?, ?, ?)", contacts, b, i, v, v, v, i);
            batch("insert into onet_link (occupation_id, position, title, url) values (?, ?, ?, ?)",
                    onetLinks, b, i, v, v);
            batch("insert into similar_occupation (occupation_id, position, similar_occupation_id, pay_note, duties)"
                    + " values (?, ?, ?, ?, ?)", similar, b, i, b, v, v);
            batch("insert into data_table_cell (occupation_id, tab, table_number, part, row_index, column_index, text)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", cells, b, v, i, v, i, i, v);
        }

        /** A table of other data as cells: its caption, header rows, body rows (rows without cells dropped), notes. */
        private void cells(long id, ImportedProfile.DataTable table, List<Object[]> cells) {
            String tab = table.tab().name();
            if (table.caption() != null) {
                cells.add(new Object[] {id, tab, table.table(), "CAPTION", 1, 1, table.caption()});
            }
            rows(id, table, "HEAD", table.headerRows(), cells);
            rows(id, table, "BODY", table.rows(), cells);
            for (int note = 0; note < table.notes().size(); note++) {
                cells.add(new Object[] {id, tab, table.table(), "NOTE", note + 1, 1, table.notes().get(note)});
            }
        }

        private void rows(long id, ImportedProfile.DataTable table, String part, List<List<String>> rows,
                          List<Object[]> cells) {
            int row = 0;
            for (List<String> cellTexts : rows) {
                if (cellTexts.isEmpty()) {
                    continue;
                }
                row++;
                for (int column = 0; column < cellTexts.size(); column++) {
                    cells.add(new Object[] {id, table.tab().name(), table.table(), part, row, column + 1,
                        cellTexts.get(column)});
                }
            }
        }

        /** The narrative; the n-th exhibit of a kind in a tab stands for table n of that kind. */
        private void blocks(ImportedProfile p, long id, List<Object[]> blocks) {
            for (Block block : p.blocks()) {
                blocks.add(new Object[] {id, block.tab().name(), block.position(), block.kind().name(), block.label(),
                    block.text()});
            }
        }

        /** The Pay chart's bars: a figure per year or per hour, or BLS's sentence for a top-coded one. */
        private void wageBars(ImportedProfile.Chart chart, long id, List<Object[]> rows) {
            boolean hourly = chart.unit() == WageUnit.HOURLY;
            int position = 0;
            for (ChartBar bar : chart.bars()) {
                Integer annual = bar.value() == null || hourly ? null
                        : bar.value().setScale(0, RoundingMode.HALF_UP).intValueExact();
                rows.add(new Object[] {id, ++position, bar.label(), annual, hourly ? bar.value() : null,
                    bar.value() == null ? bar.note() : null, bar.subject()});
            }
        }

        private void outlookBars(ImportedProfile p, List<ChartBar> bars, long id, List<Object[]> rows) {
            int position = 0;
            for (ChartBar bar : bars) {
                if (bar.value() == null) {
                    notes.add(p.title() + ": Job Outlook chart bar \"" + bar.label() + "\" has no figure ("
                            + (bar.note() == null ? "none given" : bar.note()) + "); not kept");
                    continue;
                }
                rows.add(new Object[] {id, ++position, bar.label(),
                    bar.value().setScale(0, RoundingMode.HALF_UP).intValueExact(), bar.subject()});
            }
        }

        private void batch(String sql, List<Object[]> rows, int... types) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
            }
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String chartTitle(ImportedProfile.Chart chart) {
        return chart == null ? null : chart.title();
    }

    /** The chart's footer lines, one per line, or null when it has none. */
    private static String chartNote(ImportedProfile.Chart chart) {
        return chart == null || chart.notes().isEmpty() ? null : String.join("\n", chart.notes());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String pluralNoun(String pluralNoun, String title) {
        return pluralNoun != null ? pluralNoun : title.toLowerCase(Locale.ROOT);
    }

    /** "life-physical-and-social-science" becomes "Life physical and social science". */
    static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

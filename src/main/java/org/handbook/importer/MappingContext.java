package org.handbook.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.handbook.occupation.BlockKind;
import org.handbook.occupation.Tab;
import org.handbook.importer.ImportedProfile.Block;
import org.handbook.importer.ImportedProfile.Chart;
import org.handbook.importer.ImportedProfile.Contact;
import org.handbook.importer.ImportedProfile.DataTable;
import org.handbook.importer.ImportedProfile.IndustryShare;
import org.handbook.importer.ImportedProfile.IndustryWage;
import org.handbook.importer.ImportedProfile.Link;
import org.handbook.importer.ImportedProfile.Projection;
import org.handbook.importer.ImportedProfile.SimilarOccupation;
import org.handbook.importer.ImportedProfile.StateAreaResource;

/**
 * What the mapping of one occupation gathers as it goes: the parts of the profile, numbered in file
 * order, and the warnings, each naming the occupation and the element.
 */
final class MappingContext {

    private final String occupation;
    private final List<ImportIssue> warnings = new ArrayList<>();
    private final Map<Tab, Integer> blockCounts = new EnumMap<>(Tab.class);
    private final Map<String, Integer> tableCounts = new LinkedHashMap<>();
    private final Map<String, ProfileRef> namedLinks = new LinkedHashMap<>();

    final List<Block> blocks = new ArrayList<>();
    final List<IndustryShare> industryEmployment = new ArrayList<>();
    final List<IndustryWage> industryWages = new ArrayList<>();
    final List<Projection> projections = new ArrayList<>();
    final List<SimilarOccupation> similarOccupations = new ArrayList<>();
    final List<StateAreaResource> stateAreaResources = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Link> onetLinks = new ArrayList<>();
    final List<DataTable> tables = new ArrayList<>();
    Chart wageChart;
    Chart outlookChart;

    MappingContext(String occupation) {
        this.occupation = occupation;
    }

    String occupation() {
        return occupation;
    }

    void warn(String element, String message) {
        warnings.add(new ImportIssue(occupation, element, message));
    }

    List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }

    /** Adds a block to the tab's narrative and returns its position. */
    int block(Tab tab, BlockKind kind, String label, String text) {
        int position = blockCounts.merge(tab, 1, Integer::sum);
        blocks.add(new Block(tab, position, kind, label, text));
        return position;
    }

    /** Places an exhibit in the narrative and returns its number among the tab's exhibits of that kind. */
    int exhibit(Tab tab, String exhibit) {
        return exhibit(tab, exhibit, null);
    }

    /**
     * Places an exhibit about {@code subject} (whom the table is about, null for the profile's own
     * occupation) and returns its number among the tab's exhibits of that kind.
     */
    int exhibit(Tab tab, String exhibit, String subject) {
        block(tab, BlockKind.EXHIBIT, exhibit, subject);
        return tableCounts.merge(tab + "/" + exhibit, 1, Integer::sum);
    }

    /** The text of the tab's last block so far, or null. */
    String lastText(Tab tab) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).tab() == tab) {
                return blocks.get(i).text();
            }
        }
        return null;
    }

    /** A link to another profile that names it by its title (similar occupations, titled links). */
    void namedLink(String title, ProfileRef ref) {
        if (title != null && !title.isBlank()) {
            namedLinks.putIfAbsent(HtmlText.clean(title), ref);
        }
    }

    Map<String, ProfileRef> namedLinks() {
        return Map.copyOf(namedLinks);
    }
}

package org.handbook.glossary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.system.DataChangedEvent;
import org.handbook.system.DataSnapshot;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Handbook's definitions, for the glossary page, the tabs' "About this section" and the API.
 * They change only with the data (a migration or an import), yet every profile tab and embed
 * rendered anew asks for them, so they are read once and kept in memory until
 * {@link DataChangedEvent} says the data changed, as the catalog keeps its snapshot.
 */
@Service
public class GlossaryService {

    private final GlossaryRepository terms;
    private final DataSnapshot<Glossary> glossary;

    public GlossaryService(GlossaryRepository terms, PlatformTransactionManager transactionManager) {
        this.terms = terms;
        this.glossary = new DataSnapshot<>(transactionManager, this::load);
    }

    private record Glossary(List<Definition> definitions, Map<String, Definition> bySlug) {
    }

    /** Every definition, in the glossary's order. */
    public List<Definition> definitions() {
        return glossary.get().definitions();
    }

    /** Definitions by slug, for looking up a tab's "About this section". */
    public Map<String, Definition> bySlug() {
        return glossary.get().bySlug();
    }

    /** Drops the definitions so that the next request reads the database again. */
    public void dataChanged() {
        glossary.drop();
    }

    @EventListener
    void onDataChanged(DataChangedEvent event) {
        dataChanged();
    }

    private Glossary load() {
        List<Definition> definitions = terms.findAllByOrderByPosition().stream()
                .map(t -> new Definition(t.getSlug(), t.getKind(), t.getTerm(), t.getDefinition()))
                .toList();
        return new Glossary(definitions,
                definitions.stream().collect(Collectors.toUnmodifiableMap(Definition::slug, Function.identity())));
    }

    public record Definition(String slug, String kind, String term, String definition) {

        public boolean isTab() {
            return "TAB".equals(kind);
        }
    }
}

package org.handbook.glossary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Handbook's definitions, for the glossary page, the tabs' "About this section" and the API. */
@Service
public class GlossaryService {

    private final GlossaryRepository terms;

    public GlossaryService(GlossaryRepository terms) {
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public List<Definition> definitions() {
        return terms.findAllByOrderByPosition().stream()
                .map(t -> new Definition(t.getSlug(), t.getKind(), t.getTerm(), t.getDefinition()))
                .toList();
    }

    /** Definitions by slug, for looking up a tab's "About this section". */
    public Map<String, Definition> bySlug() {
        return definitions().stream().collect(Collectors.toMap(Definition::slug, Function.identity()));
    }

    public record Definition(String slug, String kind, String term, String definition) {

        public boolean isTab() {
            return "TAB".equals(kind);
        }
    }
}

package org.handbook.glossary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
class GlossaryRepository {

    @PersistenceContext
    private EntityManager entityManager;

    /** Every definition, in the glossary page's order. */
    List<GlossaryTerm> findAllInOrder() {
        return entityManager.createQuery("select t from GlossaryTerm t order by t.position", GlossaryTerm.class)
                .getResultList();
    }
}

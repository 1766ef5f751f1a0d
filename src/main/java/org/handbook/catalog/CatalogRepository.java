package org.handbook.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.handbook.occupation.Occupation;
import org.handbook.occupation.OccupationGroup;
import org.springframework.stereotype.Repository;

/**
 * The catalog's reads: whole tables in a few queries, from which it builds its in-memory view.
 * Nothing is ordered here: the service orders in Java, so that H2 and PostgreSQL (whose
 * collations differ) give the same order.
 */
@Repository
class CatalogRepository {

    @PersistenceContext
    private EntityManager entityManager;

    List<OccupationGroup> findAllGroups() {
        return entityManager.createQuery("select g from OccupationGroup g", OccupationGroup.class).getResultList();
    }

    /** The current row of every occupation: the catalog lists the edition the site serves. */
    List<Occupation> findAllWithGroup() {
        return entityManager.createQuery(
                "select o from Occupation o join fetch o.group join fetch o.edition where o.current = true",
                Occupation.class).getResultList();
    }

    /** Every narrative block's text as (occupation id, tab, position, text, kind, label). */
    List<Object[]> findNarrativeTexts() {
        return entityManager.createQuery("""
                select o.id, n.tab, n.position, n.text, n.kind, n.label from Occupation o join o.narrativeBlocks n
                where n.text is not null and o.current = true""", Object[].class).getResultList();
    }

    /** Every tab summary's text as (occupation id, tab, position, text). */
    List<Object[]> findTabSummaryTexts() {
        return entityManager.createQuery(
                "select o.id, s.tab, s.position, s.text from Occupation o join o.tabSummaries s where o.current = true",
                Object[].class).getResultList();
    }
}

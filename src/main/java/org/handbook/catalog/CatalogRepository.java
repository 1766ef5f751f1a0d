package org.handbook.catalog;

import java.util.List;
import org.handbook.occupation.Occupation;
import org.handbook.occupation.OccupationGroup;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The catalog's reads: whole tables in a few queries, from which it builds its in-memory view.
 * Nothing is ordered here: the service orders in Java, so that H2 and PostgreSQL (whose
 * collations differ) give the same order.
 */
interface CatalogRepository extends Repository<Occupation, Long> {

    @Query("select g from OccupationGroup g")
    List<OccupationGroup> findAllGroups();

    /** The current row of every occupation: the catalog lists the edition the site serves. */
    @Query("select o from Occupation o join fetch o.group join fetch o.edition where o.current = true")
    List<Occupation> findAllWithGroup();

    /** Every narrative block's text as (occupation id, tab, position, text, kind, label). */
    @Query("""
            select o.id, n.tab, n.position, n.text, n.kind, n.label from Occupation o join o.narrativeBlocks n
            where n.text is not null and o.current = true""")
    List<Object[]> findNarrativeTexts();

    /** Every tab summary's text as (occupation id, tab, position, text). */
    @Query("select o.id, s.tab, s.position, s.text from Occupation o join o.tabSummaries s where o.current = true")
    List<Object[]> findTabSummaryTexts();
}

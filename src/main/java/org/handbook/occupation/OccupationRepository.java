package org.handbook.occupation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OccupationRepository extends JpaRepository<Occupation, Long> {

    /** The row the site serves for this slug. */
    @EntityGraph(attributePaths = {"group", "edition"})
    Optional<Occupation> findBySlugAndCurrentTrue(String slug);

    /** This slug's row of the named edition ("2022-32"). */
    @EntityGraph(attributePaths = {"group", "edition"})
    Optional<Occupation> findBySlugAndEditionCode(String slug, String editionCode);

    /** Every edition's row of this slug, oldest edition first. */
    @Query("select o from Occupation o join fetch o.edition where o.slug = :slug order by o.edition.id")
    List<Occupation> findEditionsOf(String slug);

    /** The loaded profiles whose similar-occupations table lists the given occupation (of their own edition). */
    @Query("""
            select distinct o from Occupation o join fetch o.group
            join o.similarOccupations s
            where s.similar.id = :occupationId and o.profileLoaded = true
            order by o.title""")
    List<Occupation> findProfilesListingAsSimilar(Long occupationId);
}

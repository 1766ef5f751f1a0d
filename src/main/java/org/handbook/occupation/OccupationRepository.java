package org.handbook.occupation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OccupationRepository extends JpaRepository<Occupation, Long> {

    @EntityGraph(attributePaths = "group")
    Optional<Occupation> findBySlug(String slug);

    /** The loaded profiles whose similar-occupations table lists the given occupation. */
    @Query("""
            select distinct o from Occupation o join fetch o.group
            join o.similarOccupations s
            where s.similar.slug = :slug and o.profileLoaded = true
            order by o.title""")
    List<Occupation> findProfilesListingAsSimilar(String slug);
}

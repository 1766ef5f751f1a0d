package org.handbook.occupation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The profile pages' reads of occupations, each with its group and edition. */
@Repository
public class OccupationRepository {

    @PersistenceContext
    private EntityManager entityManager;

    /** The row the site serves for this slug. */
    public Optional<Occupation> findCurrent(String slug) {
        return entityManager.createQuery("""
                        select o from Occupation o join fetch o.group join fetch o.edition
                        where o.slug = :slug and o.current = true""", Occupation.class)
                .setParameter("slug", slug)
                .getResultList().stream().findFirst();
    }

    /** This slug's row of the named edition ("2022-32"). */
    public Optional<Occupation> findInEdition(String slug, String editionCode) {
        return entityManager.createQuery("""
                        select o from Occupation o join fetch o.group join fetch o.edition e
                        where o.slug = :slug and e.code = :editionCode""", Occupation.class)
                .setParameter("slug", slug)
                .setParameter("editionCode", editionCode)
                .getResultList().stream().findFirst();
    }

    /** Every edition's row of this slug, oldest edition first. */
    public List<Occupation> findEditionsOf(String slug) {
        return entityManager.createQuery(
                        "select o from Occupation o join fetch o.edition where o.slug = :slug order by o.edition.id",
                        Occupation.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** The loaded profiles whose similar-occupations table lists the given occupation (of their own edition). */
    public List<Occupation> findProfilesListingAsSimilar(Long occupationId) {
        return entityManager.createQuery("""
                        select distinct o from Occupation o join fetch o.group
                        join o.similarOccupations s
                        where s.similar.id = :occupationId and o.profileLoaded = true
                        order by o.title""", Occupation.class)
                .setParameter("occupationId", occupationId)
                .getResultList();
    }
}

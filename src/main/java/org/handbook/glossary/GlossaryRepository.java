package org.handbook.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GlossaryRepository extends JpaRepository<GlossaryTerm, Long> {

    List<GlossaryTerm> findAllByOrderByPosition();
}

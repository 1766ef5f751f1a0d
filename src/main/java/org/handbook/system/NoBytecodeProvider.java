package org.handbook.system;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without a bytecode library. Its default, ByteBuddy, generated proxy and accessor classes
 * for every entity at each start (900 classes of its own loaded); the entities need neither: they
 * are not enhanced, and their few to-one associations (edition, group, similar occupation) are
 * loaded with them rather than through proxies. Hibernate 7 picks its provider only by
 * {@link java.util.ServiceLoader}, so this contributor, registered in
 * {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}, sets it for every
 * service registry, the tests' included. The class transformer Hibernate hands Spring at boot asks
 * for a provider of its own: {@code HibernateBootConfiguration} gives it this one too (without it,
 * 557 of ByteBuddy's classes are still loaded).
 */
public class NoBytecodeProvider implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addService(BytecodeProvider.class, new BytecodeProviderImpl());
    }
}

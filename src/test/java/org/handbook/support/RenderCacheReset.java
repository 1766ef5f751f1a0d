package org.handbook.support;

import org.handbook.system.RenderCache;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the render cache of a test's application context before each test, so that no test
 * sees a page another test rendered before it changed data.
 */
public class RenderCacheReset implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(RenderCache.class).ifAvailable(RenderCache::clear);
        }
    }
}

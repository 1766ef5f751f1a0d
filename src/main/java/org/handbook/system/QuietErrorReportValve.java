package org.handbook.system;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for the few requests it refuses before the application sees them
 * (a malformed address such as {@code /%}): no report, no server name or version, and the site's
 * security headers, which only the application's filters would otherwise set.
 */
public class QuietErrorReportValve extends ErrorReportValve {

    public QuietErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() >= 400 && !response.containsHeader(SecurityHeadersFilter.CSP)) {
            SecurityHeadersFilter.apply(response, "'self'", request.isSecure());
        }
        super.report(request, response, throwable);
    }
}

package org.handbook.system;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds the data the site serves to /actuator/info: its edition and version. */
@Component
class DataInfoContributor implements InfoContributor {

    private final DataVersion dataVersion;

    DataInfoContributor(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    @Override
    public void contribute(Info.Builder builder) {
        DataVersion.Snapshot data = dataVersion.current();
        builder.withDetail("data", Map.of(
                "edition", data.edition(),
                "version", data.token(),
                "installedOn", data.installedOn().toString()));
    }
}

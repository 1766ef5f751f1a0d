package org.handbook;

import java.util.Arrays;

import org.handbook.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HandbookApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
            System.exit(new ImportCommand(System.out, System.err, ImportCommand.startingApplication(HandbookApplication.class))
                    .run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(HandbookApplication.class, args);
    }
}

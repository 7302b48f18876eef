package dev.dynamobao.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The quick start's blog as a Spring Boot REST API on the DynamoBao starter: the starter scans this
 * package for the models, builds the factory from {@code application.properties} and runs every
 * request in a unit of work.
 */
@SpringBootApplication
public class BlogApplication {

    /** Creates the application. */
    public BlogApplication() {
    }

    /**
     * Starts the application; with no DynamoDB configured, on the test kit's server started for the
     * run (see {@link LocalDynamoDb}).
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BlogApplication.class);
        if (!LocalDynamoDb.configured(args, System::getenv)) {
            application.setDefaultProperties(LocalDynamoDb.start());
        }
        application.run(args);
    }
}

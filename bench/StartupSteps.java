import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Starts Handbook with Spring's start-up steps recorded and prints where the time went: the
 * top-level phases, then the steps with the most time of their own (their duration less their
 * children's). Run by bench/startup.sh on the extracted jar:
 * {@code java -cp handbook.jar bench/StartupSteps.java --server.port=0}.
 */
public class StartupSteps {

    record Step(String name, long total, long self) {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Class.forName("org.handbook.HandbookApplication"));
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        long started = System.nanoTime();
        try (var context = application.run(args)) {
            System.out.printf("steps: run took %d ms%n", (System.nanoTime() - started) / 1_000_000);
            List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
            Map<Long, Long> children = new HashMap<>();
            for (var event : events) {
                Long parent = event.getStartupStep().getParentId();
                if (parent != null) {
                    children.merge(parent, event.getDuration().toMillis(), Long::sum);
                }
            }
            List<Step> steps = new ArrayList<>();
            for (var event : events) {
                StringBuilder name = new StringBuilder(event.getStartupStep().getName());
                event.getStartupStep().getTags().forEach(tag -> {
                    if (!tag.getKey().equals("beanType")) {
                        name.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
                    }
                });
                long total = event.getDuration().toMillis();
                steps.add(new Step(name.toString(), total,
                        total - children.getOrDefault(event.getStartupStep().getId(), 0L)));
                if (event.getStartupStep().getParentId() == null) {
                    System.out.printf("steps: phase %6d ms %s%n", total, name);
                }
            }
            steps.stream().sorted(Comparator.comparingLong(Step::self).reversed()).limit(25)
                    .forEach(step -> System.out.printf("steps: own %6d ms (with children %d ms) %s%n",
                            step.self(), step.total(), step.name()));
        }
    }
}

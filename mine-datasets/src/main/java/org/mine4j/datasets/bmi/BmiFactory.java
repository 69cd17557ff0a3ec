package org.mine4j.datasets.bmi;

import java.util.List;
import java.util.Map;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.options.OptionValues;
import org.mine4j.api.options.Suggestions;
import org.mine4j.api.spi.DatasetFactory;

/**
 * Makes the {@code bmi} dataset: one task of the bmi benchmark (Czyż et al. 2023, "Beyond normal")
 * chosen by its exact bmi name with the option {@code task}, e.g. {@code -o
 * task=spiral-multinormal-sparse-3-3-2-2.0}; see {@link BmiTasks}.
 */
public final class BmiFactory implements DatasetFactory {
  /** The registered name. */
  public static final String NAME = "bmi";

  static final String COMPONENT = "dataset '" + NAME + "'";

  private static final List<OptionSpec> SPECS =
      List.of(
          new OptionSpec(
              "task",
              "1v1-normal-0.75",
              "bmi task name (Czyz et al. 2023), e.g. multinormal-sparse-5-5-2-2.0;"
                  + " 'mine4j list' shows them all"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a task of the bmi benchmark (Czyz et al. 2023, Beyond normal) by name; exact MI";
  }

  @Override
  public List<OptionSpec> options() {
    return SPECS;
  }

  @Override
  public Dataset create(Map<String, String> options) {
    OptionValues values = OptionValues.parse(COMPONENT, SPECS, options);
    String name = values.string("task");
    return new BmiDataset(
        BmiTasks.find(name)
            .orElseThrow(
                () ->
                    MineException.invalidOptions(
                        "unknown bmi task '"
                            + name
                            + "' for option 'task' of "
                            + COMPONENT
                            + suggestionOrSeparator(name)
                            + " known: "
                            + String.join(", ", BmiTasks.names()))));
  }

  private static String suggestionOrSeparator(String name) {
    String suggestion = Suggestions.didYouMean(name, BmiTasks.names());
    return suggestion.isEmpty() ? ";" : suggestion;
  }
}

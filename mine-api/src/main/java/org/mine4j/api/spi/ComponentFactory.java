package org.mine4j.api.spi;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;

/**
 * Makes one kind of component from flat kebab-case options. A factory has a stable lowercase name
 * ({@code mine}, {@code correlated-gaussian}), a one-line description, and the options it accepts;
 * {@link #create} validates the options (unknown names and bad values are {@link
 * org.mine4j.api.ErrorCode#INVALID_OPTIONS} errors naming the option) and returns a ready
 * component.
 *
 * @param <T> what it makes
 */
public interface ComponentFactory<T> {
  /** Stable lowercase name, e.g. {@code mine}. */
  String name();

  /** One line for {@code mine4j list}. */
  String description();

  /** The options accepted, with defaults. */
  List<OptionSpec> options();

  /** Creates the component from options (missing ones take their defaults). */
  T create(Map<String, String> options);

  /**
   * Creates the component from options, resolving the components it names (e.g. an estimator's
   * {@code critic=NAME}) in {@code components}. By default the lookup is not needed and {@link
   * #create(Map)} is called.
   */
  default T create(Map<String, String> options, ComponentLookup components) {
    return create(options);
  }
}

package org.bagyt.platform;

/**
 * One entry of the service navigation, contributed by a module as a bean. It shows only to people
 * holding {@code authority} (a permission such as {@code estate.read}); null shows it to everyone signed in.
 */
public record Navigation(int order, String labelKey, String path, String authority) {}

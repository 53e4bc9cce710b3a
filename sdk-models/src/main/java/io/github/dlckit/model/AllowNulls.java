package io.github.dlckit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables that a container may hold JSON {@code null} values: used on free-form
 * ({@code any}-typed) maps and lists, where the service may send them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
@interface AllowNulls {
}

package io.github.dlckit.model;

import org.immutables.value.Value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Immutables style of the model: JDK collections only (no Guava for users), builders that take
 * {@code null} for an optional attribute as "absent", and secrets printed as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        optionalAcceptNullable = true,
        redactedMask = "****",
        defaults = @Value.Immutable(copy = true),
        // No @Generated or other classpath annotations on generated classes: Immutables is a build-time
        // dependency only, and javac warns in every module that reads annotations it cannot find.
        allowedClasspathAnnotations = {Override.class})
public @interface DlcStyle {
}

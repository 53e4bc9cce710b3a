package io.github.dlckit.model.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one API operation is on the wire: its name (the {@code x-acs-action}), method, path template, query
 * parameters, whether a JSON body carries the request, which fields are required, and the Java types of
 * request and response. The descriptors of all 43 operations are in {@link DlcOperations}.
 *
 * @param <Q> the request type
 * @param <S> the response type
 */
public final class Operation<Q, S> {

    private final String name;
    private final HttpMethod method;
    private final String pathTemplate;
    private final Class<Q> requestType;
    private final Class<S> responseType;
    private final boolean jsonBody;
    private final boolean idempotent;
    private final List<PathParameter<Q>> pathParameters;
    private final List<QueryParameter<Q>> queryParameters;
    private final List<RequiredField<Q>> requiredFields;

    private Operation(Builder<Q, S> b) {
        this.name = b.name;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.requestType = b.requestType;
        this.responseType = b.responseType;
        this.jsonBody = b.jsonBody;
        this.idempotent = b.idempotent;
        this.pathParameters = Collections.unmodifiableList(new ArrayList<>(b.pathParameters));
        this.queryParameters = Collections.unmodifiableList(new ArrayList<>(b.queryParameters));
        this.requiredFields = Collections.unmodifiableList(new ArrayList<>(b.requiredFields));
    }

    /**
     * Starts a descriptor (used by the generated {@link DlcOperations}).
     *
     * @param name the action name
     * @param method the HTTP method
     * @param pathTemplate the path with {@code {Name}} placeholders
     * @param requestType the request type
     * @param responseType the response type
     * @param <Q> the request type
     * @param <S> the response type
     * @return a builder
     */
    public static <Q, S> Builder<Q, S> builder(String name, HttpMethod method, String pathTemplate,
                                               Class<Q> requestType, Class<S> responseType) {
        return new Builder<>(name, method, pathTemplate, requestType, responseType);
    }

    /** @return the action name, such as {@code CreateJob} */
    public String name() {
        return name;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the path template, such as {@code /api/v1/jobs/{JobId}} */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the request type */
    public Class<Q> requestType() {
        return requestType;
    }

    /** @return the response type */
    public Class<S> responseType() {
        return responseType;
    }

    /** @return true when the request's fields travel as a JSON body */
    public boolean hasJsonBody() {
        return jsonBody;
    }

    /**
     * Whether sending the same request twice leaves the same state (the catalogue's reading of the HTTP
     * method: GET, PUT and DELETE are; POST is not). A client may retry an idempotent call freely.
     *
     * @return true for an idempotent operation
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** @return the path placeholders, in path order */
    public List<PathParameter<Q>> pathParameters() {
        return pathParameters;
    }

    /** @return the query parameters, in catalogue order */
    public List<QueryParameter<Q>> queryParameters() {
        return queryParameters;
    }

    /** @return the fields the service requires, besides the path parameters */
    public List<RequiredField<Q>> requiredFields() {
        return requiredFields;
    }

    /**
     * The query parameter with this wire name.
     *
     * @param wireName the key
     * @return the parameter, or empty
     */
    public Optional<QueryParameter<Q>> queryParameter(String wireName) {
        for (QueryParameter<Q> q : queryParameters) {
            if (q.wireName().equals(wireName)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + pathTemplate + ")";
    }

    /**
     * Assembles an {@link Operation}.
     *
     * @param <Q> the request type
     * @param <S> the response type
     */
    public static final class Builder<Q, S> {
        private final String name;
        private final HttpMethod method;
        private final String pathTemplate;
        private final Class<Q> requestType;
        private final Class<S> responseType;
        private boolean jsonBody;
        private boolean idempotent;
        private final List<PathParameter<Q>> pathParameters = new ArrayList<>();
        private final List<QueryParameter<Q>> queryParameters = new ArrayList<>();
        private final List<RequiredField<Q>> requiredFields = new ArrayList<>();

        private Builder(String name, HttpMethod method, String pathTemplate, Class<Q> requestType,
                        Class<S> responseType) {
            this.name = name;
            this.method = method;
            this.pathTemplate = pathTemplate;
            this.requestType = requestType;
            this.responseType = responseType;
        }

        /** @return this builder, for an operation whose request travels as a JSON body */
        public Builder<Q, S> jsonBody() {
            this.jsonBody = true;
            return this;
        }

        /**
         * @param idempotent whether repeating the call is harmless
         * @return this builder
         */
        public Builder<Q, S> idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Adds a path placeholder.
         *
         * @param placeholder the name in the template
         * @param getter reads it from a request
         * @param setter returns a copy of a request with it set
         * @return this builder
         */
        public Builder<Q, S> path(String placeholder, Function<Q, Optional<String>> getter,
                                  BiFunction<Q, String, Q> setter) {
            if (!pathTemplate.contains("{" + placeholder + "}")) {
                throw new IllegalArgumentException(pathTemplate + " has no {" + placeholder + "}");
            }
            pathParameters.add(new PathParameter<>(placeholder, getter, setter));
            return this;
        }

        /**
         * Adds a query parameter.
         *
         * @param wireName the key
         * @param type the catalogue type of the value
         * @param json whether the value is sent as one JSON text
         * @param wireValue the text to send for a request, or null to send nothing
         * @return this builder
         */
        public Builder<Q, S> query(String wireName, String type, boolean json, Function<Q, String> wireValue) {
            queryParameters.add(new QueryParameter<>(wireName, type, json, wireValue));
            return this;
        }

        /**
         * Adds a required field.
         *
         * @param wireName the field's wire name
         * @param present tells whether a request has it
         * @return this builder
         */
        public Builder<Q, S> required(String wireName, Predicate<Q> present) {
            requiredFields.add(new RequiredField<>(wireName, present));
            return this;
        }

        /** @return the descriptor */
        public Operation<Q, S> build() {
            return new Operation<>(this);
        }
    }
}

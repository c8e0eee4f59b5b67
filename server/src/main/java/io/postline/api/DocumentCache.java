package io.postline.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text, per dialect: clients send the same few documents over and over,
 * and parsing plus validation was a fifth of the API's CPU.
 */
final class DocumentCache implements PreparsedDocumentProvider {
    /** Enough for every document real clients send; past it the cache starts again rather than grow. */
    static final int MAX_DOCUMENTS = 1_000;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = documents.get(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (documents.size() >= MAX_DOCUMENTS) {
            documents.clear();
        }
        documents.put(input.getQuery(), entry);
        return CompletableFuture.completedFuture(entry);
    }
}

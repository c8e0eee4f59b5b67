package io.postline.api.buffer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postline.channel.Service;
import io.postline.support.GraphqlClient;
import io.postline.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Request fixtures under test resources buffer/: a document (.graphql) with optional variables (.json), in which
 * placeholders such as {@code <org>}, {@code <twitter>} or {@code <post>} stand for a tenant's ids.
 */
final class BufferFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BufferFixtures() {}

    static List<String> names(String folder) {
        try (Stream<Path> files = Files.list(Path.of(BufferFixtures.class.getResource("/buffer/" + folder).toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql"))
                    .map(n -> n.substring(0, n.length() - ".graphql".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the fixture with the tenant's ids in place of its placeholders; {@code post} names an existing post. */
    static GraphqlClient.Answer send(GraphqlClient client, TestServer.Tenant tenant, String folder, String name,
                                     String post) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("<org>", tenant.organizationId());
        ids.put("<post>", post);
        for (Service service : Service.values()) {
            ids.put("<" + service.apiName() + ">", tenant.channel(service));
        }
        String query = substitute(read("/buffer/" + folder + "/" + name + ".graphql"), ids);
        String variables = resource("/buffer/" + folder + "/" + name + ".json");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        try {
            if (variables != null) {
                body.put("variables", JSON.readValue(substitute(variables, ids), Map.class));
            }
            return client.raw(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resource) {
        String text = resource(resource);
        if (text == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return text;
    }

    private static String resource(String resource) {
        try (InputStream in = BufferFixtures.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String substitute(String text, Map<String, String> ids) {
        String out = text;
        for (var id : ids.entrySet()) {
            out = out.replace(id.getKey(), id.getValue());
        }
        return out;
    }
}

package org.entente.server;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.entente.loader.UsageException;
import org.entente.loader.cli.WriterOptions;
import org.entente.ontology.IriScheme;

/**
 * The settings of {@code kg serve}, each taken from the first source that has it: a command-line
 * flag, then an environment variable, then the configuration file ({@code --config}, a Java
 * properties file), then the default.
 *
 * <pre>
 *   setting        flag               environment            file key        default
 *   port           --port             ENTENTE_PORT           port            3030
 *   store          --store            ENTENTE_STORE          store           store
 *   base IRI       --base-iri         ENTENTE_BASE_IRI       baseIri         https://w3id.org/entente/
 *   writer         --user             ENTENTE_USER           user            (none: writes refused)
 *   password       --password-file    ENTENTE_PASSWORD       passwordFile    (none)
 *   query timeout  --query-timeout    ENTENTE_QUERY_TIMEOUT  queryTimeout    30 (seconds)
 *   federation     --federate (rep.)  ENTENTE_FEDERATE       federate        (none: SERVICE refused)
 *   row limit      -                  ENTENTE_MAX_RESULT_ROWS maxResultRows  100000
 *   localhost only --localhost         ENTENTE_LOCALHOST      localhost       false (every interface)
 *   query size     -                  ENTENTE_MAX_QUERY_BYTES  maxQueryBytes  1M (bytes; K, M, G suffixes)
 *   update size    -                  ENTENTE_MAX_UPDATE_BYTES maxUpdateBytes 64M
 * </pre>
 *
 * Lists (federate) are separated by commas or white space. The password itself is only ever read
 * from a file or from ENTENTE_PASSWORD, never from a flag (it would show in the process list).
 *
 * @param store   the TDB2 store directory
 * @param baseIri the base IRI of the data
 * @param config  everything else
 */
public record ServeSettings(Path store, String baseIri, ServerConfig config) {

    /** The keys the configuration file may have. */
    public static final Set<String> FILE_KEYS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            "port", "store", "baseIri", "user", "passwordFile", "queryTimeout", "federate", "maxResultRows", "localhost",
            "maxQueryBytes", "maxUpdateBytes")));

    /** Flag names, by setting key, for messages. */
    private static final Map<String, String> FLAG = Map.of("port", "--port", "store", "--store", "baseIri", "--base-iri",
            "user", "--user", "passwordFile", "--password-file", "queryTimeout", "--query-timeout", "federate", "--federate",
            "localhost", "--localhost");
    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("port", "ENTENTE_PORT"),
            Map.entry("store", "ENTENTE_STORE"),
            Map.entry("baseIri", "ENTENTE_BASE_IRI"),
            Map.entry("user", "ENTENTE_USER"),
            Map.entry("password", "ENTENTE_PASSWORD"),
            Map.entry("queryTimeout", "ENTENTE_QUERY_TIMEOUT"),
            Map.entry("federate", "ENTENTE_FEDERATE"),
            Map.entry("maxResultRows", "ENTENTE_MAX_RESULT_ROWS"),
            Map.entry("localhost", "ENTENTE_LOCALHOST"),
            Map.entry("maxQueryBytes", "ENTENTE_MAX_QUERY_BYTES"),
            Map.entry("maxUpdateBytes", "ENTENTE_MAX_UPDATE_BYTES"));

    /** A value and where it came from (for error messages that name the source). */
    private record Value(String value, String source) {}

    /**
     * Resolves the settings.
     *
     * @param flags  the flags given on the command line, by key (port, store, baseIri, user,
     *               passwordFile, queryTimeout, federate); absent keys were not given
     * @param env    the environment
     * @param config the configuration file, if one was given
     */
    public static ServeSettings resolve(Map<String, String> flags, Map<String, String> env, Optional<Path> config) {
        Properties file = config.map(ServeSettings::readConfig).orElseGet(Properties::new);
        String configName = config.map(Path::toString).orElse("");
        Resolver r = new Resolver(flags, env, file, configName);

        ServerConfig.Builder b = ServerConfig.builder();
        r.get("port").ifPresent(v -> b.port(parsePort(v)));
        r.get("queryTimeout").ifPresent(v -> b.queryTimeout(parseTimeout(v)));
        r.get("maxResultRows").ifPresent(v -> b.maxResultRows(parseRows(v)));
        r.get("localhost").ifPresent(v -> b.localhostOnly(parseBoolean(v)));
        r.get("maxQueryBytes").ifPresent(v -> b.maxQueryBytes(parseBytes(v)));
        r.get("maxUpdateBytes").ifPresent(v -> b.maxUpdateBytes(parseBytes(v)));
        r.get("federate").ifPresent(v -> {
            for (String url : splitList(v.value())) {
                try {
                    b.federate(url);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(v.source() + ": " + e.getMessage());
                }
            }
        });
        b.credentials(credentials(r).orElse(null));

        String store = r.get("store").map(Value::value).orElse("store");
        String base = r.get("baseIri").map(Value::value).orElse(IriScheme.DEFAULT_BASE);
        Optional<Value> baseValue = r.get("baseIri");
        try {
            IriScheme.of(base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(baseValue.map(Value::source).orElse("base IRI") + ": " + e.getMessage());
        }
        return new ServeSettings(Path.of(store), base, b.build());
    }

    private static Optional<Credentials> credentials(Resolver r) {
        Optional<Value> user = r.get("user");
        // The password: --password-file, then ENTENTE_PASSWORD, then the file's passwordFile.
        Optional<Value> password;
        if (r.flags.containsKey("passwordFile")) {
            password = Optional.of(readPasswordFile(r.flags.get("passwordFile"), "--password-file"));
        } else if (nonEmpty(r.env.get(ENV.get("password")))) {
            password = Optional.of(new Value(r.env.get(ENV.get("password")), ENV.get("password")));
        } else if (r.file.getProperty("passwordFile") != null) {
            password = Optional.of(readPasswordFile(r.file.getProperty("passwordFile").strip(),
                    "passwordFile in " + r.configName));
        } else {
            password = Optional.empty();
        }
        if (user.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (user.isEmpty()) {
            throw new UsageException("a password is configured (" + password.get().source()
                    + ") but no user: give --user NAME (or ENTENTE_USER, or 'user' in the configuration file)");
        }
        if (password.isEmpty()) {
            throw new UsageException("the writer '" + user.get().value() + "' (" + user.get().source()
                    + ") has no password: give --password-file FILE, ENTENTE_PASSWORD, or 'passwordFile' in the configuration file");
        }
        try {
            return Optional.of(new Credentials(user.get().value(), password.get().value()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Value readPasswordFile(String file, String source) {
        return new Value(WriterOptions.readPassword(Path.of(file)), source);
    }

    private static Properties readConfig(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new UsageException("--config: the file " + file + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("--config: cannot read " + file + ": " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!FILE_KEYS.contains(key)) {
                throw new UsageException("--config: " + file + " has an unknown key '" + key + "'; the keys are " + FILE_KEYS);
            }
        }
        return p;
    }

    private static int parsePort(Value v) {
        try {
            int port = Integer.parseInt(v.value().strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(v.source() + " is '" + v.value() + "'; expected a port number from 0 to 65535 (0: any free port)");
    }

    private static Duration parseTimeout(Value v) {
        try {
            BigDecimal seconds = new BigDecimal(v.value().strip());
            long millis = seconds.movePointRight(3).longValueExact();
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // below
        }
        throw new UsageException(v.source() + " is '" + v.value() + "'; expected a number of seconds greater than 0, such as 30 or 2.5");
    }

    private static int parseRows(Value v) {
        try {
            int n = Integer.parseInt(v.value().strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(v.source() + " is '" + v.value() + "'; expected a whole number of rows, at least 1");
    }

    /** A size in bytes: a whole number, or with K, M or G (KiB, MiB, GiB): 65536, 64K, 64M. At least 1024. */
    static long parseBytes(Value v) {
        String t = v.value().strip().toUpperCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,12})\\s*([KMG]I?B?|B)?").matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2).substring(0, 1);
            long bytes = switch (unit) {
                case "K" -> n << 10;
                case "M" -> n << 20;
                case "G" -> n << 30;
                default -> n;
            };
            if (bytes >= 1024 && bytes <= (1L << 40)) {
                return bytes;
            }
        }
        throw new UsageException(v.source() + " is '" + v.value() + "'; expected a size in bytes from 1024 up, such as 65536, 512K or 64M");
    }

    private static boolean parseBoolean(Value v) {
        return switch (v.value().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new UsageException(v.source() + " is '" + v.value() + "'; expected true or false");
        };
    }

    static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        Arrays.stream(s.split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).forEach(out::add);
        return out;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /** Looks a setting up in the flags, the environment and the file, in that order. */
    private static final class Resolver {
        final Map<String, String> flags;
        final Map<String, String> env;
        final Properties file;
        final String configName;

        Resolver(Map<String, String> flags, Map<String, String> env, Properties file, String configName) {
            this.flags = flags;
            this.env = env;
            this.file = file;
            this.configName = configName;
        }

        Optional<Value> get(String key) {
            if (flags.containsKey(key)) {
                return Optional.of(new Value(flags.get(key), FLAG.getOrDefault(key, key)));
            }
            String envName = ENV.get(key);
            if (envName != null && nonEmpty(env.get(envName))) {
                return Optional.of(new Value(env.get(envName), envName));
            }
            String f = file.getProperty(key);
            if (f != null && !f.isBlank()) {
                return Optional.of(new Value(f.strip(), "'" + key + "' in " + configName));
            }
            return Optional.empty();
        }
    }
}

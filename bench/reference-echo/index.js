'use strict';
// The turn benchmark's reference: the Bot Framework JavaScript SDK's do-nothing echo bot.
// Inbound JWT validation is the SDK's own (ParameterizedBotFrameworkAuthentication), pointed at the
// benchmark's local OpenID metadata. The outbound token comes from the benchmark's local token
// endpoint once and is then reused, as OpsRhythm reuses its cached token (see bench/README.md).
// Settings come from the environment: PORT, MicrosoftAppId, MicrosoftAppTenantId,
// ToBotFromChannelOpenIdMetadataUrl, BENCH_TOKEN_URL.
const http = require('node:http');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
} = require('botbuilder');

const appId = process.env.MicrosoftAppId;
const tokenUrl = process.env.BENCH_TOKEN_URL;
let cachedToken;

async function botToken() {
    if (!cachedToken) {
        const response = await fetch(tokenUrl, { headers: { 'X-IDENTITY-HEADER': 'bench' } });
        cachedToken = (await response.json()).access_token;
    }
    return cachedToken;
}

// A ServiceClientCredentialsFactory whose credentials sign with the locally issued token.
const credentialsFactory = {
    isValidAppId: async (id) => id === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
        signRequest: async (webResource) => {
            webResource.headers.set('Authorization', `Bearer ${await botToken()}`);
            return webResource;
        },
    }),
};

const auth = new ConfigurationBotFrameworkAuthentication(
    {
        MicrosoftAppId: appId,
        MicrosoftAppTenantId: process.env.MicrosoftAppTenantId,
        MicrosoftAppType: 'SingleTenant',
        ToBotFromChannelOpenIdMetadataUrl: process.env.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
        ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
        ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        ValidateAuthority: true,
    },
    credentialsFactory,
);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn failed: ${error}`);
};

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
    }
}
const bot = new EchoBot();

// A minimal express-like request/response over node:http, as CloudAdapter.process expects.
const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end();
            return;
        }
        res.status = (code) => { res.statusCode = code; return res; };
        res.send = (body) => {
            if (body !== undefined && body !== null) {
                const text = typeof body === 'string' ? body : JSON.stringify(body);
                if (typeof body !== 'string') res.setHeader('Content-Type', 'application/json');
                res.write(text);
            }
            return res;
        };
        res.header = (name, value) => { res.setHeader(name, value); return res; };
        adapter.process(req, res, (context) => bot.run(context)).catch((error) => {
            console.error(`process failed: ${error}`);
            if (!res.writableEnded) {
                res.statusCode = 500;
                res.end();
            }
        });
    });
});
server.keepAliveTimeout = 65000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
    console.log(`reference echo bot listening on http://127.0.0.1:${server.address().port}`);
});

// App Service on Linux running the bot (.NET 10), with the user-assigned identity for Cosmos DB and
// Key Vault. App settings use the bot's own configuration names (double underscore = section).

param name string
param location string

@description('App Service plan SKU: B1 for a trial, P0v3 or larger in production (P* gives zone redundancy and more instances).')
param skuName string = 'P0v3'

@minValue(1)
param instanceCount int = 1

param identityId string
param identityClientId string

@description('Bot settings: Entra app id and tenant.')
param botAppId string
param tenantId string

param keyVaultName string
param botPasswordSecretName string

param cosmosEndpoint string
param cosmosDatabaseName string

param insightsName string

@description('Host name Teams reaches the bot on; empty = the web app\'s own azurewebsites host name. The dashboard tab\'s SSO audience is api://<host>/<app id>.')
param publicHostName string = ''

@description('Entra object ids or UPNs of the people who set the organisation up (Organisation:Administrators).')
@minLength(1)
param administrators array

@description('The mailbox (UPN) that organises the weekly operations meeting and coordination meetings (Graph:Organizer).')
param graphOrganizer string

@description('Send Teams activity-feed notifications (Graph:ActivityFeed; needs TeamsActivity.Send).')
param graphActivityFeed bool = true

@description('The app\'s id in the org app catalog, known after the upload (Graph:TeamsAppCatalogId); empty = the bot does not install itself for people.')
param teamsAppCatalogId string = ''

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

var siteName = '${name}-bot-${uniqueString(resourceGroup().id)}'
var hostForSso = empty(publicHostName) ? '${siteName}.azurewebsites.net' : publicHostName

// One setting per administrator: Organisation__Administrators__0, __1, ... (a .NET configuration list).
var administratorSettings = [for (administrator, i) in administrators: {
  name: 'Organisation__Administrators__${i}'
  value: administrator
}]

var catalogSettings = empty(teamsAppCatalogId) ? [] : [
  {
    name: 'Graph__TeamsAppCatalogId'
    value: teamsAppCatalogId
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the user-assigned identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: false
      // App Service sends traffic only to instances whose readiness answers 200 (store reachable, Bot
      // Framework signing keys loaded) and replaces one that keeps failing (docs/operations.md).
      healthCheckPath: '/health/ready'
      appSettings: concat([
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botPasswordSecretName})'
        }
        {
          name: 'Storage__Provider'
          value: 'Cosmos'
        }
        {
          name: 'Storage__Cosmos__Endpoint'
          value: cosmosEndpoint
        }
        {
          name: 'Storage__Cosmos__Database'
          value: cosmosDatabaseName
        }
        {
          // DefaultAzureCredential / ManagedIdentityCredential pick the user-assigned identity from this.
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          // Meetings in Teams (not only recorded locally) need the organiser's mailbox.
          name: 'Graph__Organizer'
          value: graphOrganizer
        }
        {
          name: 'Graph__ActivityFeed'
          value: string(graphActivityFeed)
        }
        {
          // The dashboard tab's Teams SSO: the bot's own app registration and tenant, set explicitly.
          name: 'Dashboard__SsoClientId'
          value: botAppId
        }
        {
          name: 'Dashboard__SsoTenantId'
          value: tenantId
        }
        {
          name: 'Dashboard__SsoApplicationIdUri'
          value: 'api://${hostForSso}/${botAppId}'
        }
      ], administratorSettings, catalogSettings)
    }
  }
}

output hostName string = site.properties.defaultHostName
output siteName string = site.name

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

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

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
  name: '${name}-bot-${uniqueString(resourceGroup().id)}'
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
      appSettings: [
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
      ]
    }
  }
}

output hostName string = site.properties.defaultHostName
output siteName string = site.name

// OpsRhythm on Azure: App Service (Linux, .NET 10) running the bot, Cosmos DB (serverless by default)
// reached with a managed identity, Key Vault for the bot's client secret, the Azure Bot with its
// Teams channel, and Application Insights. docs/deploy.md walks through a deployment.
//
//   az deployment group create -g <rg> -f infra/main.bicep -p botAppId=<app id>
targetScope = 'resourceGroup'

@description('Short name used as a prefix for every resource (lowercase letters, digits, hyphens).')
@minLength(3)
@maxLength(16)
param name string = 'opsrhythm'

param location string = resourceGroup().location

@description('Entra app (client) id of the bot: the single-tenant app registration (docs/deploy.md).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Tenant of the app registration and of the Teams users.')
param tenantId string = subscription().tenantId

@description('The bot\'s client secret; leave empty and put it in the vault yourself (docs/deploy.md).')
@secure()
param botPassword string = ''

@description('Cosmos DB capacity: Serverless (default) or Autoscale.')
@allowed([
  'Serverless'
  'Autoscale'
])
param cosmosThroughputMode string = 'Serverless'

@description('Autoscale ceiling in RU/s shared by the containers (Autoscale only).')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('App Service plan SKU.')
param appServiceSku string = 'P0v3'

@minValue(1)
param appServiceInstances int = 1

@description('Host name Teams reaches the bot on; empty = the web app\'s own azurewebsites host name.')
param customHostName string = ''

@description('Entra object ids or UPNs of the people who set the organisation up in Teams (at least one).')
@minLength(1)
param administrators array

@description('The mailbox (UPN) that organises the weekly operations meeting, e.g. the operations office\'s shared mailbox.')
param graphOrganizer string

@description('Send Teams activity-feed notifications (needs TeamsActivity.Send).')
param graphActivityFeed bool = true

@description('The app\'s id in the org app catalog, known after the upload (docs/deploy.md step 8); empty = no self-installation for people.')
param teamsAppCatalogId string = ''

var botPasswordSecretName = 'bot-app-password'

// The containers of StorageContainers.cs (docs/storage.md). Tests check this list against the code.
var containerNames = [
  'organisation'
  'plans'
  'status'
  'meetings'
  'indicators'
  'risks'
  'improvement'
  'communication'
  'jobs'
]

// Besides /pk and /type, the properties the bot's queries filter or sort on (DocumentQuery.Where and
// OrderedBy): "status" (outbox sweep in every container, open risks), "state" (workflow states),
// "cycleId" (an indicator target board's plan cycle), "shard" and "createdAt" (the dispatcher's page of
// one shard's pending messages, oldest first). Every container gets them since outbox messages and
// workflow documents live in all of them.
// tests/OpsRhythm.IntegrationTests/Infra checks every property the code queries is listed here:
// ORDER BY on an unindexed path fails in Cosmos DB, and a filter on one scans the partition.
var queriedPaths = [
  '/status/?'
  '/state/?'
  '/cycleId/?'
  '/shard/?'
  '/createdAt/?'
]

var containers = [for container in containerNames: {
  name: container
  includedPaths: queriedPaths
}]

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: name
    location: location
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: name
    location: location
    throughputMode: cosmosThroughputMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    containers: containers
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: name
    location: location
    readerPrincipalId: identity.outputs.principalId
    botPasswordSecretName: botPasswordSecretName
    botPassword: botPassword
  }
}

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    name: name
    location: location
    skuName: appServiceSku
    instanceCount: appServiceInstances
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    botAppId: botAppId
    tenantId: tenantId
    keyVaultName: vault.outputs.name
    botPasswordSecretName: botPasswordSecretName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    insightsName: monitoring.outputs.insightsName
    publicHostName: customHostName
    administrators: administrators
    graphOrganizer: graphOrganizer
    graphActivityFeed: graphActivityFeed
    teamsAppCatalogId: teamsAppCatalogId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    botAppId: botAppId
    tenantId: tenantId
    hostName: empty(customHostName) ? app.outputs.hostName : customHostName
    insightsName: monitoring.outputs.insightsName
  }
}

@description('Host name for BOT_DOMAIN when building the Teams app package (scripts/package-app.sh).')
output botDomain string = empty(customHostName) ? app.outputs.hostName : customHostName
output webAppName string = app.outputs.siteName
output keyVaultName string = vault.outputs.name
output cosmosEndpoint string = cosmos.outputs.endpoint
output botResourceName string = bot.outputs.name

// Key Vault with Azure RBAC (no access policies) for the bot's Entra app secret or certificate.
// The web app reads it through a Key Vault reference with its managed identity.

param name string
param location string

@description('Principal (object) id of the identity that reads the secret.')
param readerPrincipalId string

@description('Name of the secret that holds the bot\'s client secret.')
param botPasswordSecretName string

@description('The bot\'s client secret; leave empty to put it in the vault yourself (docs/deploy.md).')
@secure()
param botPassword string = ''

@description('Key Vault names are global and 3-24 characters; the suffix keeps them unique per resource group.')
var vaultName = take('${replace(name, '-', '')}kv${uniqueString(resourceGroup().id)}', 24)

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botPassword)) {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botPassword
    contentType: 'Entra app client secret of the OpsRhythm bot'
  }
}

// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
